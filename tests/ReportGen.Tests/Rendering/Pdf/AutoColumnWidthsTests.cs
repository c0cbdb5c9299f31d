using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Markdown;
using ReportGen.Rendering.Pdf.Text;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

public class AutoColumnWidthsTests
{
    private static List<IReadOnlyList<IReadOnlyList<TextAtom>>> Table(params string[][] rows) =>
        rows.Select(r => (IReadOnlyList<IReadOnlyList<TextAtom>>)r.Select(Atoms).ToList()).ToList();

    /// <summary>
    /// A short-code column and a long-text column: the code column keeps just its word (and the readable
    /// minimum), and the text column takes the rest, since that is where width saves lines.
    /// </summary>
    [Fact]
    public void Choose_GivesTheWidthToTheColumnWhereItSavesHeight()
    {
        var longText = string.Join(" ", Enumerable.Repeat("word", 60));
        var table = Table(["CA", longText], ["UK", longText], ["AUS", longText]);
        var widths = AutoColumnWidths.Choose(table, 400).Select(f => f * 400).ToList();
        var minimum = 3 * Body.FontSize + 2 * TableRowElement.PaddingX;
        Assert.InRange(widths[0], minimum - 0.01, minimum + 400.0 / 60 + 0.01);
        Assert.True(widths[1] > 330, $"text column is {widths[1]:0.#} pt");
    }

    [Fact]
    public void Choose_NoColumnIsNarrowerThanItsLongestTiedWord()
    {
        var table = Table(["Oakeshott et al. (1994)", string.Join(" ", Enumerable.Repeat("text", 200))]);
        var widths = AutoColumnWidths.Choose(table, 400).Select(f => f * 400).ToList();
        // "Oakeshott et al." is one unbreakable word of 16 characters, 5 pt each.
        Assert.True(widths[0] >= 16 * 5 + 2 * TableRowElement.PaddingX - 0.01, $"author column is {widths[0]:0.#} pt");
    }

    [Fact]
    public void Choose_WhenEverythingFitsOnOneLine_SharesBySize()
    {
        var widths = AutoColumnWidths.Choose(Table(["aaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaa"]), 400);
        Assert.Equal(1, widths.Sum(), 6);
        Assert.True(widths[1] > widths[0]);
    }
}
