using System.Text.RegularExpressions;
using ReportGen.Tests.Build;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>The PDF states every figure the Markdown manuscript states: no count, year or percentage lost in layout.</summary>
public partial class PdfNumbersTests
{
    [Fact]
    public void ManuscriptPdf_ContainsEveryNumberOfManuscriptMd_AsOftenAtLeast()
    {
        var expected = Numbers(VisibleText.Of(BuiltReview.Shipped.Text("manuscript.md")));
        using var document = PdfDocument.Open(BuiltReview.Shipped.Files["manuscript.pdf"]);
        var found = Numbers(string.Join("\n", document.GetPages().Select(PageText)));

        var missing = expected
            .Where(number => found.GetValueOrDefault(number.Key) < number.Value)
            .Select(number => $"{number.Key} ({number.Value} in the Markdown, {found.GetValueOrDefault(number.Key)} in the PDF)")
            .ToList();

        Assert.True(expected.Count > 50, $"Only {expected.Count} distinct numbers in manuscript.md: is it the shipped review?");
        Assert.True(missing.Count == 0, "Numbers missing from manuscript.pdf: " + string.Join(", ", missing));
    }

    /// <summary>Words in reading order, one space between them (PdfPig splits words at spaces and line ends).</summary>
    private static string PageText(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static Dictionary<string, int> Numbers(string text) =>
        Number().Matches(text).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"\d+(\.\d+)?%?")]
    private static partial Regex Number();
}
