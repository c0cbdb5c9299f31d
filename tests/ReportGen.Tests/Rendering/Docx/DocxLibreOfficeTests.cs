using System.Text.RegularExpressions;
using ReportGen.Tests.Build;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>LibreOffice reads the DOCX files as ReportGen meant them: every number, Table 2 on landscape pages under its header, the figure.</summary>
public partial class DocxLibreOfficeTests(LibreOfficePdf converted) : IClassFixture<LibreOfficePdf>
{
    [Fact]
    public void Manuscript_HasEveryNumberOfManuscriptMd_AsOftenAtLeast()
    {
        var expected = Numbers(VisibleText.Of(BuiltReview.Shipped.Text("manuscript.md")));
        using var pdf = PdfDocument.Open(converted.Pdf("manuscript"));
        var found = Numbers(string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));

        var missing = expected.Where(n => found.GetValueOrDefault(n.Key) < n.Value)
            .Select(n => $"{n.Key} ({n.Value} in the Markdown, {found.GetValueOrDefault(n.Key)} in the PDF)").ToList();
        Assert.True(expected.Count > 50, $"Only {expected.Count} distinct numbers in manuscript.md");
        Assert.True(missing.Count == 0, "Numbers missing from LibreOffice's manuscript.pdf: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    public void Table2_IsOnLandscapePages_WithTheHeaderOnEach_AndEveryRow(string document)
    {
        using var pdf = PdfDocument.Open(converted.Pdf(document));
        var pages = pdf.GetPages().ToList();
        var tablePages = pages.Where(p => Squeezed(p).Contains("Author(year)Country")).ToList();

        Assert.True(tablePages.Count >= 2, $"Table 2 is on {tablePages.Count} pages");
        Assert.All(tablePages, page => Assert.True(page.Width > page.Height, $"page {page.Number} is not landscape"));
        Assert.All(pages.Except(tablePages), page => Assert.True(page.Width < page.Height, $"page {page.Number} is landscape without Table 2"));
        // The landscape pages follow one another, and every campaign row is on one of them.
        Assert.Equal(Enumerable.Range(tablePages[0].Number, tablePages.Count), tablePages.Select(p => p.Number));
        var table = string.Concat(tablePages.Select(Squeezed));
        foreach (var author in new[] { "Ammendoliaetal.(2004)", "Schröder(2021)", "Suman et al. (2018)".Replace(" ", "") })
            Assert.Contains(author, table);
    }

    /// <summary>A column as narrow as its longest word in our metrics broke "Country" as "Countr|y" in LibreOffice's.</summary>
    [Fact]
    public void Table2_HeaderWordsAreWhole()
    {
        using var pdf = PdfDocument.Open(converted.Pdf("table2"));
        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToHashSet();

        foreach (var header in Table2Expectations.From(BuiltReview.Shipped.Text("table2.md")).HeaderWords)
            Assert.Contains(header, words);
    }

    [Fact]
    public void Manuscript_ShowsTheFigure_WithItsCaption()
    {
        using var pdf = PdfDocument.Open(converted.Pdf("manuscript"));
        var page = pdf.GetPages().Single(p => Squeezed(p).Contains("Figure1." + FigureCounts.Caption));

        // LibreOffice draws the SVG as vectors with real text, or the PNG fallback as an image; either shows the counts.
        var text = Squeezed(page);
        var drawn = FigureCounts.Shipped.All(text.Contains) || page.GetImages().Any(i => i.WidthInSamples >= 1000);
        Assert.True(drawn, "the figure is not on the page of its caption");
    }

    private static string Squeezed(UglyToad.PdfPig.Content.Page page) => ExtractedText.Squeezed(page.Text);

    private static Dictionary<string, int> Numbers(string text) =>
        Number().Matches(text).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"\d+(\.\d+)?%?")]
    private static partial Regex Number();
}
