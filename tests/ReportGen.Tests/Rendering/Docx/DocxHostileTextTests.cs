using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>Text that looks like TeX, Scriban, Word fields or markup is text in the DOCX: never a field, never lost.</summary>
public class DocxHostileTextTests(HostileReview hostile) : IClassFixture<HostileReview>
{
    [Fact]
    public void HostileReview_EveryCellIsPrintedLiterally_InTable2AndTheManuscript()
    {
        Assert.True(hostile.Build.Succeeded, string.Join("\n", hostile.Build.Diagnostics));
        using var table2 = new DocxFile(hostile.Build.Files["table2.docx"]);
        using var manuscript = new DocxFile(hostile.Build.Files["manuscript.docx"]);

        Assert.All(hostile.TableCells, cell => Assert.Contains(cell, table2.Text()));
        Assert.All(hostile.TableCells.Concat(hostile.ProseCells), cell => Assert.Contains(cell, manuscript.Text()));
        Assert.Empty(table2.ValidationErrors());
        Assert.Empty(manuscript.ValidationErrors());
    }

    [Fact]
    public void FieldLikeText_StaysText_AndMakesNoField()
    {
        // As a CSV cell reaches the Markdown: escaped by the template functions.
        const string cell = "A { SEQ Table \\* ARABIC } and { MERGEFIELD name } and {{ review.title }} and \\input{x} and <w:fldSimple w:instr=\"PAGE\"/> and DDE(\"cmd\").";
        using var docx = new DocxFile(Write(MarkdownEscaper.EscapeInline(cell) + "\n"));

        Assert.Empty(docx.FieldInstructions());
        Assert.Empty(docx.Body.Descendants<SimpleField>());
        Assert.Equal(cell, docx.Text());
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void ControlCharacters_AreDropped_AndTheFileStaysValid()
    {
        using var docx = new DocxFile(Write("bell\u0007 escape\u001b null\u0001 end\uFFFE \ud800 lone\n"));

        Assert.Equal("bell escape null end  lone", docx.Text());
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void LabelAndNumberWithoutSuchACaption_StayText()
    {
        using var docx = new DocxFile(Write("See Table 3 and Figure 1.\n\n::: {#tbl-t .table}\nTable 2. Caption\n\n| a | b |\n|---|---|\n| Table 2 in a cell | x |\n:::\n"));

        Assert.Single(docx.Body.Descendants<Table>());
        // Only the caption's SEQ field: no Table 3 or Figure 1 exists, and a table cell is data, never a cross-reference.
        Assert.Equal(["SEQ Table \\* ARABIC \\r 2"], docx.FieldInstructions());
        Assert.Contains("See Table 3 and Figure 1.", docx.Text());
        Assert.Contains("Table 2 in a cell", docx.Text());
    }

    internal static byte[] Write(string markdown, DocxOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.FromTree("test.md", MarkdownDocumentParser.Parse(markdown), diagnostics);
        var docx = DocxWriter.Write(document, options ?? new DocxOptions(), diagnostics);
        Assert.True(docx is not null, string.Join("\n", diagnostics.Items));
        return docx;
    }
}
