using Markdig;

namespace ReportGen.Tests.Rendering.Markdown;

/// <summary>
/// The expected outputs rendered to HTML the way GitHub roughly would (CommonMark plus pipe tables): data that
/// looks like markup must show as text, and our forms must come out as GitHub shows them.
/// </summary>
public class GithubMarkdownRenderCheckTests
{
    private static readonly MarkdownPipeline GithubLike = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static string RenderExpected(string name) => Markdig.Markdown.ToHtml(GoldenFiles.ReadExpected(name), GithubLike);

    [Fact]
    public void HostileTableCell_RendersAsEscapedText()
    {
        var html = RenderExpected("hostile-table-cell");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<em>", html);
        Assert.DoesNotContain("<a href", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("| * _ &lt; &gt; \\ ` &lt;script&gt;", html);
        Assert.Contains("[x](javascript:y)", html);
        Assert.Contains("*not emphasis* and _not either_", html);
        Assert.Contains("&amp;amp; &amp;lt;b&amp;gt;", html);
        // The note row is the 9th body row: one row per data line, none split by a '|' from the data.
        Assert.Equal(10, html.Split("<tr>").Length - 1);
    }

    [Fact]
    public void RawHtml_RendersAsText()
    {
        var html = RenderExpected("raw-html");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<div", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;!-- comment --&gt;", html);
    }

    [Fact]
    public void LiteralEscapes_RenderAsOneParagraphEach_WithNoMarkup()
    {
        var html = RenderExpected("literal-escapes");

        foreach (var tag in new[] { "<h1", "<h2", "<ul", "<ol", "<blockquote", "<hr", "<table", "<code", "<em", "<strong", "<a ", "<img" })
        {
            Assert.DoesNotContain(tag, html);
        }
        Assert.Equal(GoldenFiles.ReadExpected("literal-escapes").Split("\n\n").Length, html.Split("<p>").Length - 1);
    }

    [Fact]
    public void TableContainer_RendersAsBoldCaptionTableAndNotes()
    {
        var html = RenderExpected("table-container");

        Assert.Contains("<p><a name=\"tbl-campaigns\"></a><strong>Table 2. Characteristics of <em>included</em> campaigns</strong></p>", html);
        Assert.Contains("<th style=\"text-align: center;\">Country</th>", html);
        Assert.Contains("<td style=\"text-align: right;\">Back pain: don't take it lying down</td>", html);
        Assert.Contains("<p>Abbreviations: CA = Canada; AU = Australia.</p>", html);
        Assert.DoesNotContain(":::", html);
        Assert.DoesNotContain("widths", html);
        Assert.True(html.IndexOf("<table>", StringComparison.Ordinal) < html.IndexOf("Abbreviations", StringComparison.Ordinal));
    }

    [Fact]
    public void Figure_RendersAsImageThenBoldCaption()
    {
        var html = RenderExpected("figure");

        Assert.Contains("<p><a name=\"fig-prisma\"></a><img src=\"prisma.svg\" alt=\"PRISMA 2020 flow diagram\" /></p>\n<p><strong>Figure 1. PRISMA 2020 flow diagram</strong></p>", html);
        Assert.DoesNotContain("^^^", html);
        Assert.DoesNotContain("{#", html);
    }

    [Fact]
    public void Headings_KeepNoAttributeText_AndAnchorOnlyWhereGithubsOwnDiffers()
    {
        var html = RenderExpected("headings");

        Assert.Contains("<h2><a name=\"sec-results\"></a>Results</h2>", html);
        Assert.Contains("<h3>Plain heading</h3>", html);
        Assert.DoesNotContain("{#", html);
    }
}
