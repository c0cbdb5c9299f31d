using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering;
using ReportGen.Tests.Rendering.Latex;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Real PDFs of the sample document, read back with PdfPig.</summary>
public class PdfReadBackTests
{
    private static readonly Lazy<byte[]> SamplePdf = new(() =>
    {
        var pdf = PdfTestFiles.WriteSample();
        if (Environment.GetEnvironmentVariable("REPORTGEN_PDF_DUMP") is { } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "sample.pdf"), pdf);
        }
        return pdf;
    });

    private static PdfDocument Open() => PdfDocument.Open(SamplePdf.Value);

    [Fact]
    public void Write_Sample_ReportsNothing()
    {
        PdfTestFiles.Write(PdfTestFiles.Sample(), PdfTestFiles.Options, out var diagnostics);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Write_Sample_EveryPageHasTextAndItsNumber()
    {
        using var document = Open();
        var pages = document.GetPages().ToList();
        Assert.True(pages.Count >= 5);
        foreach (var page in pages)
        {
            var words = page.GetWords().ToList();
            Assert.True(words.Count > 5, $"page {page.Number} has almost no text");
            var lowest = words.OrderBy(w => w.BoundingBox.Bottom).First();
            Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), lowest.Text);
        }
    }

    [Fact]
    public void Write_Sample_PortraitA4WithLandscapeTablePages()
    {
        using var document = Open();
        foreach (var page in document.GetPages())
        {
            var landscape = string.Join(" ", page.GetWords().Select(w => w.Text)).Contains("Table 2. Characteristics", StringComparison.Ordinal);
            var (width, height) = landscape ? (842, 595) : (595, 842);
            Assert.Equal(width, page.Width, 0.5);
            Assert.Equal(height, page.Height, 0.5);
        }
    }

    [Fact]
    public void Write_Sample_EveryWordIsInsideTheMargins()
    {
        using var document = Open();
        foreach (var page in document.GetPages())
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                var isPageNumber = box.Top < 72;
                Assert.True(box.Left >= 72 - 0.5 && box.Right <= page.Width - 72 + 0.5,
                    $"'{word.Text}' on page {page.Number} runs from x={box.Left:0.#} to {box.Right:0.#}");
                if (!isPageNumber)
                    Assert.True(box.Bottom >= 72 - 4 && box.Top <= page.Height - 72 + 0.5,
                        $"'{word.Text}' on page {page.Number} runs from y={box.Bottom:0.#} to {box.Top:0.#}");
            }
    }

    [Fact]
    public void Write_Sample_TableHeaderOnEveryPageTheTableSpans()
    {
        using var document = Open();
        var tablePages = document.GetPages().Where(p => p.Width > p.Height).ToList();
        Assert.True(tablePages.Count >= 2);
        for (var i = 0; i < tablePages.Count; i++)
        {
            var text = string.Join(" ", tablePages[i].GetWords().Select(w => w.Text));
            Assert.Contains("Table 2. Characteristics of included campaigns", text);
            Assert.All(["Author", "(year)", "Country", "Media", "Key", "messages", "Design", "Duration", "Outcomes", "Main", "findings"],
                header => Assert.Contains(tablePages[i].GetWords(), w => w.Text == header));
            Assert.Equal(i > 0, text.Contains("(continued)", StringComparison.Ordinal));
        }
        var rows = tablePages.Sum(p => p.GetWords().Count(w => w.Text == "Campaign" ));
        Assert.Equal(30 + tablePages.Count, rows);
    }

    [Fact]
    public void Write_Sample_FigureTextIsText()
    {
        using var document = Open();
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("Records screened", text);
        Assert.Contains("Studies included", text);
    }

    [Fact]
    public void Write_Sample_LigaturesReadBackAsLetters()
    {
        using var document = Open();
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("identifier", words);
        Assert.DoesNotContain(words, w => w.Contains('\uFB01') || w.Contains('\uFB02'));
    }

    [Fact]
    public void Write_Sample_MetadataOutlineAndLinks()
    {
        using var document = Open();
        Assert.Equal("Mass media campaigns", document.Information.Title);
        Assert.Equal("A. Reviewer", document.Information.Author);
        Assert.Equal("ReportGen", document.Information.Creator);
        Assert.Equal("D:20240501120000+00'00'", document.Information.CreationDate);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Equal(["Mass media campaigns for low back pain", "Introduction", "Methods", "Results", "Discussion"], titles);
        Assert.Single(bookmarks.Roots);
        Assert.Contains(document.GetPage(1).GetHyperlinks(), l => l.Uri == "https://osf.io/example");
    }

    [Fact]
    public void Write_Twice_IsByteIdentical()
    {
        Assert.Equal(SamplePdf.Value, PdfTestFiles.WriteSample());
    }

    [Fact]
    public void Write_Sample_EmbedsEveryFont()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-fonts-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, SamplePdf.Value);
        try
        {
            var rows = PdfText.Fonts(path);
            Assert.True(rows.Count >= 3);
            Assert.All(rows, row => Assert.True(row.Embedded, $"{row.Name} is not embedded."));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WriteSvg_MakesOnePageTheSizeOfTheDrawing()
    {
        using var stream = new MemoryStream();
        var diagnostics = new DiagnosticBag();
        Assert.True(PdfWriter.WriteSvg(File.ReadAllText(Path.Combine(PdfTestFiles.Folder, "figure.svg")), "figure.svg", stream, PdfTestFiles.Options, diagnostics));
        using var document = PdfDocument.Open(stream.ToArray());
        var page = Assert.Single(document.GetPages());
        // figure.svg is 360 × 200 CSS pixels, 0.75 pt each.
        Assert.Equal(270, page.Width, 0.5);
        Assert.Equal(150, page.Height, 0.5);
        Assert.Contains("Records excluded", page.Text);
    }

    [Fact]
    public void Write_MissingFigure_IsAnErrorWithItsLine()
    {
        var markdown = "Text.\n\n^^^\n![Flow](nowhere.svg)\n^^^ Figure 1. Flow\n";
        var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse(markdown), PdfTestFiles.Options, out var diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("RG403", error.Code);
        Assert.Equal(4, error.Line);
        Assert.Empty(pdf);
    }

    [Fact]
    public void Write_CharacterNoFontHas_WarnsWithCodePointAndLine()
    {
        var markdown = "# Title\n\nA private-use character \uE000 here.\n";
        var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse(markdown), PdfTestFiles.Options, out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("RG401", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        Assert.Contains("U+E000", warning.Message);
        Assert.NotEmpty(pdf);
    }

    [Fact]
    public void Write_FontFileThatDoesNotExist_IsAnError()
    {
        var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse("Text."), PdfTestFiles.Options with { FontFile = "/nonexistent/font.ttf" }, out var diagnostics);
        Assert.Equal("RG406", Assert.Single(diagnostics.Items).Code);
        Assert.Empty(pdf);
    }

    [Fact]
    public void Write_FigureThatIsNotSvg_WarnsRG404AndLeavesItOut()
    {
        var markdown = "Text.\n\n^^^\n![Flow](flow.png)\n^^^ Figure 1. Flow\n";
        var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse(markdown), PdfTestFiles.Options, out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("RG404", Severity.Warning, 4), (warning.Code, warning.Severity, warning.Line));
        Assert.NotEmpty(pdf);
    }
}
