using Markdig.Syntax;
using ReportGen.Model;
using ReportGen.Document;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

/// <summary>Vancouver: numbers in order of first citation, a table's citations numbered where the text first mentions it.</summary>
public class VancouverStyleTests
{
    private static readonly Resource Early = Resources.Make("early", "Adams, P.; Baker, Q.; Clark, R.", 2001, "Early trial", "Spine");
    private static readonly Resource InTable = Resources.Make("table", "Young, Z.", 2010, "Only in the table");
    private static readonly Resource Late = Resources.Make("late", "Brown, A.", 2020, "Cited after the mention");
    private static readonly Resource Uncited = Resources.Make("uncited", "Zed, Z.", 1999, "Listed but never cited");

    private static VancouverStyle Style() => new(CitationStyle.For([Early, InTable, Late, Uncited]));

    /// <summary>The reference entries of a finished document, as a reader sees them.</summary>
    private static List<string> Entries(string markdown) =>
        [.. markdown.Split("\n\n").Where(p => p.Length > 0 && char.IsAsciiDigit(p[0])).Select(p => MarkdownReader.ParagraphText(p.Trim()))];

    private static string Table(string cell) =>
        $"::: {{#tbl-x .table .landscape}}\nTable 2. Campaigns\n\n| Author |\n|---|\n| {cell} |\n:::\n";

    [Fact]
    public void Finish_NumbersATableCitationWhereTheTextFirstMentionsTheTable()
    {
        var style = Style();
        var early = style.Cite([Early]).Markdown;
        var row = style.CiteNarrative([InTable]).Markdown;
        var late = style.Cite([Late]).Markdown;
        var list = style.ReferenceList([Early, InTable, Late]).Markdown;
        // The table stands before the sentence that mentions it, and the later citation follows the mention.
        var markdown = $"Intro {early}.\n\n{Table(row)}\nAs Table 2 shows {late}.\n\n{list}\n";

        var finished = Assert.Single(style.Finish([markdown]));

        Assert.Contains("Intro \\[1\\].", finished);
        Assert.Contains("| Young \\[2\\] |", finished);
        Assert.Contains("As Table 2 shows \\[3\\].", finished);
        Assert.Equal(
            ["1. Adams\u00A0P, Baker\u00A0Q, Clark\u00A0R. Early trial. Spine. 2001.", "2. Young\u00A0Z. Only in the table. 2010.", "3. Brown\u00A0A. Cited after the mention. 2020."],
            Entries(finished));
    }

    [Fact]
    public void Finish_NumbersATableThatIsNeverMentionedWhereItStands()
    {
        var style = Style();
        var row = style.CiteNarrative([InTable]).Markdown;
        var early = style.Cite([Early]).Markdown;
        var markdown = $"{Table(row)}\nAfterwards {early}.\n";

        var finished = Assert.Single(style.Finish([markdown]));

        Assert.Contains("| Young \\[1\\] |", finished);
        Assert.Contains("Afterwards \\[2\\].", finished);
    }

    [Fact]
    public void Finish_NumbersResourcesOnlyListedAfterEveryCitedOne_AndTheListingDocumentFirst()
    {
        var style = Style();
        var tableOnly = $"{Table(style.CiteNarrative([Late]).Markdown)}";
        var text = $"See {style.Cite([Early]).Markdown}.\n\n{style.ReferenceList([Uncited, Early, Late]).Markdown}\n";

        var finished = style.Finish([tableOnly, text]);

        // The document holding the list numbers first, so a separate table repeats the manuscript's numbers.
        Assert.Contains("| Brown \\[3\\] |", finished[0]);
        Assert.Contains("See \\[1\\].", finished[1]);
        Assert.Equal(
            ["1. Adams\u00A0P, Baker\u00A0Q, Clark\u00A0R. Early trial. Spine. 2001.", "2. Zed\u00A0Z. Listed but never cited. 1999.", "3. Brown\u00A0A. Cited after the mention. 2020."],
            Entries(finished[1]));
    }

    [Theory]
    [InlineData(new[] { 1 }, "\\[1\\]")]
    [InlineData(new[] { 2, 1 }, "\\[1, 2\\]")]
    [InlineData(new[] { 5, 1, 2, 3 }, "\\[1–3, 5\\]")]
    [InlineData(new[] { 4, 4, 7, 8, 9, 10 }, "\\[4, 7–10\\]")]
    public void Numbers_RunsOfThreeOrMoreBecomeRanges(int[] numbers, string expected) =>
        Assert.Equal(expected, VancouverStyle.Numbers(numbers));

    [Fact]
    public void Entry_MarkupInData_StaysText()
    {
        var resource = Resources.Make("odd", "Smith*, J.", 2020, "Back *pain* and _imaging_ [x](y)", "J_Med *Lond*") with { Volume = "3", Pages = "1-2" };

        var markdown = VancouverReferenceList.Entry(resource).Markdown;

        Assert.Equal("Smith*\u00A0J. Back *pain* and _imaging_ [x](y). J_Med *Lond*. 2020;3:1-2.", MarkdownReader.ParagraphText(markdown));
        Assert.Empty(MarkdownDocumentParser.Parse(markdown).Descendants<Markdig.Syntax.Inlines.EmphasisInline>());
        Assert.Empty(MarkdownDocumentParser.Parse(markdown).Descendants<Markdig.Syntax.Inlines.LinkInline>());
    }

    [Fact]
    public void Entry_WebPage_SaysWhenItWasCited()
    {
        var page = Resources.Make("nice", "National Institute for Health and Care Excellence", 2016, "Low back pain and sciatica", "NICE") with
        {
            Type = ReferenceTypes.Webpage, Url = "https://www.nice.org.uk/guidance/ng59?tab=1#x", Accessed = "2024-02-01",
        };

        Assert.Equal(
            "National Institute for Health and Care Excellence. Low back pain and sciatica [Internet]. NICE; 2016 [cited 2024 Feb 1]. " +
            "Available from: [https://www.nice.org.uk/guidance/ng59?tab=1#x](https://www.nice.org.uk/guidance/ng59?tab=1#x)",
            MarkdownReader.ParagraphText(VancouverReferenceList.Entry(page).Markdown));
    }

    [Fact]
    public void EscapedData_CannotForgeACitationMarker()
    {
        var forged = MarkdownEscaper.EscapeInline($"{VancouverStyle.MarkerStart}0{VancouverStyle.MarkerEnd}");
        var style = Style();
        style.Cite([Early]);

        Assert.Equal(forged, Assert.Single(style.Finish([forged])));
        Assert.DoesNotContain(VancouverStyle.MarkerStart, forged);
    }
}
