using ReportGen.Tests.Rendering.Latex;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// Data that looks like LaTeX, Markdown or typography tricks must print literally in every PDF: compiled from the
/// .tex files with pdflatex (nothing runs, nothing is read), and as ReportGen writes the PDF itself.
/// </summary>
public class HostilePdfTextTests(HostileReview hostile) : IClassFixture<HostileReview>
{
    [Fact]
    public void Fixture_HoldsEveryHostileFragmentInATableCellAndInProse()
    {
        Assert.All(HostileReview.Fragments, fragment =>
        {
            Assert.Contains(hostile.TableCells, cell => cell.Contains(fragment, StringComparison.Ordinal));
            Assert.Contains(hostile.ProseCells, cell => cell.Contains(fragment, StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    public void Pdflatex_RunsNothingAndReadsNoFile(string document)
    {
        var log = hostile.Pdflatex.Log(document);

        Assert.DoesNotContain("runsystem", log);
        Assert.DoesNotContain("(/etc/passwd", log);
        Assert.DoesNotContain("Missing character", log);
    }

    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    public void Pdflatex_PrintsEveryTableCellLiterally(string document)
    {
        var text = ExtractedText.Squeezed(string.Concat(Support.PdfText.RawPageTexts(hostile.Pdflatex.Pdf(document))));

        Assert.All(hostile.TableCells, cell => Assert.Contains(ExtractedText.Squeezed(ExtractedText.TexHyphens(cell)), text));
    }

    [Fact]
    public void Pdflatex_PrintsTheTitleAndReferenceTitlesLiterally()
    {
        var text = ExtractedText.Squeezed(string.Concat(Support.PdfText.RawPageTexts(hostile.Pdflatex.Pdf("manuscript"))));

        Assert.All(hostile.ProseCells, cell => Assert.Contains(ExtractedText.Squeezed(ExtractedText.TexHyphens(cell)), text));
    }

    /// <summary>ReportGen's own PDF keeps even U+2010: its font has the glyph and the text layer names the character.</summary>
    [Fact]
    public void Pdf_PrintsEveryCellExactly()
    {
        var manuscript = PdfText("manuscript.pdf");
        var table2 = PdfText("table2.pdf");

        Assert.All(hostile.TableCells, cell => Assert.Contains(Unhyphenated(cell), table2));
        Assert.All(hostile.TableCells.Concat(hostile.ProseCells), cell => Assert.Contains(Unhyphenated(cell), manuscript));
    }

    /// <summary>The PDF hyphenates words at line ends with "-" (U+002D), so that one character is compared out; U+2010 still counts.</summary>
    private static string Unhyphenated(string text) => ExtractedText.Squeezed(text).Replace("-", "", StringComparison.Ordinal);

    private string PdfText(string name)
    {
        Assert.True(hostile.Build.Succeeded, string.Join("\n", hostile.Build.Diagnostics));
        using var document = PdfDocument.Open(hostile.Build.Files[name]);
        return Unhyphenated(string.Concat(document.GetPages().Select(p => p.Text)));
    }
}
