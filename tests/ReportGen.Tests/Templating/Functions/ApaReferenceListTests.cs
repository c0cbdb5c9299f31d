using Markdig.Syntax;
using ReportGen.Model;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class ApaReferenceListTests
{
    private static readonly CitationStyle Style = CitationStyle.For(Resources.Review);

    private static string EntryText(string id) =>
        MarkdownReader.ParagraphText(ApaReferenceList.Entry(Style, Resources.Review.Single(r => r.Id == id)).Markdown);

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

        var text = MarkdownReader.ParagraphText(ApaReferenceList.Entry(style, resource).Markdown);

        Assert.StartsWith("Author1, A., Author2, A., ", text);
        Assert.Contains("Author19, A., . . . Author22, A. (2020). Big trial?", text);
        Assert.DoesNotContain("Author20", text);
    }

    [Fact]
    public void Entry_MarkupInData_StaysText()
    {
        var resource = Resources.Make("odd", "Smith*, J.", 2020, "Imaging | *not* [a link](x)", "J. Med. (Lond)", "10.1002/(SICI)1097<x>");
        var style = CitationStyle.For([resource]);

        var text = MarkdownReader.ParagraphText(ApaReferenceList.Entry(style, resource).Markdown);

        Assert.Equal(
            "Smith*, J. (2020). Imaging | *not* [a link](x). *J. Med. (Lond)*. " +
            "[https://doi.org/10.1002/(SICI)1097<x>](https://doi.org/10.1002/%28SICI%291097%3Cx%3E)",
            text);
    }

    [Fact]
    public void Format_WritesOneParagraphPerResourceInReferenceOrder()
    {
        var markdown = ApaReferenceList.Format(Style, Resources.Review.Where(r => r.Id is "zhao2024" or "ammendolia2004" or "cheng2017")).Markdown;

        var paragraphs = markdown.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("Ammendolia", paragraphs[0]);
        Assert.StartsWith("Cheng", paragraphs[1]);
        Assert.StartsWith("Zhao", paragraphs[2]);
        Assert.Equal(3, MarkdownDocumentParser.Parse(markdown).Count);
    }

    private static Resource Article => Resources.Make("b", "Buchbinder, R.; Jolley, D.", 2007, "Improvements persist", "Spine") with
    {
        Volume = "32", Issue = "5", Pages = "E156–E162",
    };

    private static string[] Emphasised(string markdown) =>
        [.. MarkdownDocumentParser.Parse(markdown).Descendants<Markdig.Syntax.Inlines.EmphasisInline>()
            .Select(e => string.Concat(e.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())))];

    [Fact]
    public void Entry_Article_ItalicisesTheJournalAndVolumeOnly()
    {
        var markdown = ApaReferenceList.Entry(CitationStyle.For([Article]), Article).Markdown;

        Assert.Equal("Buchbinder, R., & Jolley, D. (2007). Improvements persist. *Spine*, *32*(5), E156–E162.", MarkdownReader.ParagraphText(markdown));
        Assert.Equal(["Spine", "32"], Emphasised(markdown));
    }

    [Fact]
    public void Entry_Article_WithoutVolumeOrPages_LeavesThemOutWithTheirCommas()
    {
        var resource = Article with { Volume = "", Pages = "" };

        Assert.Equal("Buchbinder, R., & Jolley, D. (2007). Improvements persist. *Spine*.",
            MarkdownReader.ParagraphText(ApaReferenceList.Entry(CitationStyle.For([resource]), resource).Markdown));
    }

    [Fact]
    public void Entry_WithoutATitleOrJournal_HasNoGapAndNoPlaceholder()
    {
        var resource = Resources.Make("k", "Khoury, ", 2019, "") with { MoreAuthors = true };

        Assert.Equal("Khoury et al. (2019).", MarkdownReader.ParagraphText(ApaReferenceList.Entry(CitationStyle.For([resource]), resource).Markdown));
    }

    [Fact]
    public void Entry_IncompleteAuthorList_EndsWithEtAlInsteadOfALastAuthor()
    {
        var resource = Article with { MoreAuthors = true };

        Assert.StartsWith("Buchbinder, R., Jolley, D., et al. (2007).",
            MarkdownReader.ParagraphText(ApaReferenceList.Entry(CitationStyle.For([resource]), resource).Markdown));
    }

    [Fact]
    public void Entry_ThesisAndReport_ItaliciseTheTitle()
    {
        var thesis = Resources.Make("s", "Schröder, K.", 2021, "Implementing BetterBack") with { Type = ReferenceTypes.Thesis, Publisher = "Linköping University" };
        var report = Resources.Make("r", "Health Service Executive", 2021, "Under the Weather: report 2020–2021") with { Type = ReferenceTypes.Report, Publisher = "HSE" };

        var thesisMarkdown = ApaReferenceList.Entry(CitationStyle.For([thesis]), thesis).Markdown;
        var reportMarkdown = ApaReferenceList.Entry(CitationStyle.For([report]), report).Markdown;

        Assert.Equal("Schröder, K. (2021). *Implementing BetterBack* [Thesis, Linköping University].", MarkdownReader.ParagraphText(thesisMarkdown));
        Assert.Equal(["Implementing BetterBack"], Emphasised(thesisMarkdown));
        Assert.Equal("Health Service Executive. (2021). *Under the Weather: report 2020–2021*. HSE.", MarkdownReader.ParagraphText(reportMarkdown));
    }

    [Fact]
    public void Entry_WebPage_SaysWhenItWasRetrieved()
    {
        var page = Resources.Make("n", "NICE", 2016, "Low back pain", "NICE website") with
        {
            Type = ReferenceTypes.Webpage, Url = "https://www.nice.org.uk/guidance/ng59", Accessed = "2024-02-01",
        };

        Assert.Equal(
            "NICE. (2016). *Low back pain*. NICE website. Retrieved February 1, 2024, from [https://www.nice.org.uk/guidance/ng59](https://www.nice.org.uk/guidance/ng59)",
            MarkdownReader.ParagraphText(ApaReferenceList.Entry(CitationStyle.For([page]), page).Markdown));
    }

    [Fact]
    public void Entry_TitleWithAsterisksAndUnderscores_StaysLiteral()
    {
        var resource = Article with { Title = "Back *pain* and _imaging_", Container = "J_Med *x*" };

        var markdown = ApaReferenceList.Entry(CitationStyle.For([resource]), resource).Markdown;

        Assert.Equal(["J_Med *x*", "32"], Emphasised(markdown));
        Assert.Contains("Back *pain* and _imaging_.", MarkdownReader.ParagraphText(markdown));
    }
}
