using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class ReferenceListTests
{
    private static readonly CitationStyle Style = CitationStyle.For(Resources.Review);

    private static string EntryText(string id) =>
        MarkdownReader.ParagraphText(ReferenceList.Entry(Style, Resources.Review.Single(r => r.Id == id)).Markdown);

    [Fact]
    public void Entry_TwoAuthorsWithJournalAndDoi()
    {
        Assert.Equal(
            "Buchbinder, R., & Jolley, D. (2007). Effects of a media campaign. *Spine*. " +
            "[https://doi.org/10.1097/01.brs.0000261028.55913.ab](https://doi.org/10.1097/01.brs.0000261028.55913.ab)",
            EntryText("buchbinder2007"));
    }

    [Fact]
    public void Entry_OneAuthorWithoutJournalOrDoi()
    {
        Assert.Equal("Schröder, K. (2021). A title.", EntryText("schroder2021"));
    }

    [Fact]
    public void Entry_Organisation_GetsAStopAfterItsName()
    {
        Assert.Equal("Choosing Wisely Australia. (2019). Imaging for lower back pain.", EntryText("cwa2019"));
    }

    [Fact]
    public void Entry_CarriesTheCitationYearSuffix()
    {
        Assert.Equal("Smith, J., Brown, A., & Lee, K. (2020a). Alpha study.", EntryText("smith2020a"));
        Assert.Equal("Smith, J., Brown, A., & Lee, K. (2020b). The beta study.", EntryText("smith2020b"));
    }

    [Fact]
    public void Entry_MoreThanTwentyAuthors_ListsNineteenThenTheLast()
    {
        var authors = string.Join("; ", Enumerable.Range(1, 22).Select(i => $"Author{i}, A."));
        var resource = Resources.Make("big", authors, 2020, "Big trial?");
        var style = CitationStyle.For([resource]);

        var text = MarkdownReader.ParagraphText(ReferenceList.Entry(style, resource).Markdown);

        Assert.StartsWith("Author1, A., Author2, A., ", text);
        Assert.Contains("Author19, A., . . . Author22, A. (2020). Big trial?", text);
        Assert.DoesNotContain("Author20", text);
    }

    [Fact]
    public void Entry_MarkupInData_StaysText()
    {
        var resource = Resources.Make("odd", "Smith*, J.", 2020, "Imaging | *not* [a link](x)", "J. Med. (Lond)", "10.1002/(SICI)1097<x>");
        var style = CitationStyle.For([resource]);

        var text = MarkdownReader.ParagraphText(ReferenceList.Entry(style, resource).Markdown);

        Assert.Equal(
            "Smith*, J. (2020). Imaging | *not* [a link](x). *J. Med. (Lond)*. " +
            "[https://doi.org/10.1002/(SICI)1097<x>](https://doi.org/10.1002/%28SICI%291097%3Cx%3E)",
            text);
    }

    [Fact]
    public void Entry_DoiWrittenAsAUrl_IsNotPrefixedTwice()
    {
        var resource = Resources.Make("url", "Lee, K.", 2020, "T", "", "https://doi.org/10.1/abc");
        var style = CitationStyle.For([resource]);

        Assert.EndsWith("[https://doi.org/10.1/abc](https://doi.org/10.1/abc)", MarkdownReader.ParagraphText(ReferenceList.Entry(style, resource).Markdown));
    }

    [Fact]
    public void Format_WritesOneParagraphPerResourceInReferenceOrder()
    {
        var markdown = ReferenceList.Format(Style, Resources.Review.Where(r => r.Id is "zhao2024" or "ammendolia2004" or "cheng2017")).Markdown;

        var paragraphs = markdown.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("Ammendolia", paragraphs[0]);
        Assert.StartsWith("Cheng", paragraphs[1]);
        Assert.StartsWith("Zhao", paragraphs[2]);
        Assert.Equal(3, MarkdownDocumentParser.Parse(markdown).Count);
    }
}
