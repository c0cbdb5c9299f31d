using System.IO.Compression;
using System.Text;
using ReportGen.Tests.Reviews;

namespace ReportGen.Tests.Build;

/// <summary>Table 2 marks the cells the data says were inferred (†) and explains the mark in a note, in every format.</summary>
public class InferredMarkTests
{
    private const string Note = "† Inferred: the campaign's sources do not state this value; it was coded to agree with the totals reported in the text.";

    [Fact]
    public void Table2_MarksInferredCellsAndExplainsTheMark_InMarkdown()
    {
        var table = BuiltReview.Shipped.Text("table2.md");

        // Ammendolia 2004: duration type, strategies and key message inferred; country, name and population not.
        var row = table.Split('\n').Single(l => l.StartsWith("| Ammendolia et al. (2004) |", StringComparison.Ordinal));
        Assert.Contains("| CA | Educational intervention for chiropractors", row);
        Assert.Contains("| clinicians only | one‐time† (Not reported) |", row);
        Assert.Contains("Copy of guidelines or recommendations; Conference† |", row);
        Assert.EndsWith("without red flags† |", row);
        // Eccles 2001: only its duration type.
        var eccles = table.Split('\n').Single(l => l.StartsWith("| Eccles et al. (2001) |", StringComparison.Ordinal));
        Assert.Equal(1, eccles.Count(ch => ch == '†'));
        Assert.Contains(Note, table);
        Assert.True(table.IndexOf(Note, StringComparison.Ordinal) > table.IndexOf("Abbreviations: ACP", StringComparison.Ordinal));
    }

    [Fact]
    public void Table2_CarriesTheMarkAndNote_InLatexHtmlDocxAndPdf()
    {
        var build = BuiltReview.Shipped;

        var latex = build.Text("table2.tex");
        Assert.Contains(@"one-\hspace{0pt}time\textdagger{} (Not reported)", latex);
        Assert.Contains(@"\textdagger{} Inferred: the campaign\textquotesingle{}s sources do not state this value", latex);

        var html = build.Text("table2.html");
        Assert.Contains("one‐time† (Not reported)", html);
        Assert.Contains("† Inferred: the campaign's sources do not state this value", html);

        using var docx = new ZipArchive(new MemoryStream(build.Files["table2.docx"]));
        using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        var xml = reader.ReadToEnd();
        Assert.Contains("one‐time†", xml);
        Assert.Contains("† Inferred: the campaign's sources do not state this value", xml);

        var pdf = Path.Combine(Path.GetTempPath(), $"reportgen-inferred-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(pdf, build.Files["table2.pdf"]);
            var text = string.Join("\n", PdfText.PageTexts(pdf));
            // Many cells carry the mark; the note under the table explains it.
            Assert.True(text.Count(ch => ch == '†') > 20, text);
            Assert.Contains("† Inferred: the campaign", text);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public void Table2_WithMarkInferredFalse_HasNoMarkAndNoNote()
    {
        using var copy = ReviewCopy.Shipped();
        copy.Replace("data/review.csv", "mark_inferred,true", "mark_inferred,false");

        var text = copy.Manuscript().Replace("\\", "", StringComparison.Ordinal);

        Assert.Contains("| clinicians only | one‐time (Not reported) |", text);
        Assert.DoesNotContain("†", text);
        Assert.DoesNotContain("Inferred:", text);
    }
}
