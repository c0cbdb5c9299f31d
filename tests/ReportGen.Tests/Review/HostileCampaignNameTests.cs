using Markdig;
using ReportGen.Rendering;
using ReportGen.Tests.Build;
using ReportGen.Tests.Data;
using ReportGen.Tests.Templating.Functions;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// A campaign name made of Markdown, HTML and template syntax goes through the shipped templates into Table 2 and
/// comes back out of the written Markdown as one literal cell, read both as GitHub would and as the program does.
/// </summary>
public sealed class HostileCampaignNameTests : IDisposable
{
    private const string HostileName = "| * _ < > \\`{{ x }}<script>";
    private const int CampaignRow = 4; // irl_feedback, the fourth campaign, under the header row
    private const int NameColumn = 2;

    private static readonly MarkdownPipeline GithubLike = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private readonly ReviewCopy _folder = ReviewCopy.OfData(ReviewTestFiles.SecondReview);
    private readonly BuiltReview _build;

    public HostileCampaignNameTests()
    {
        _folder.Replace("data/campaigns.csv", ",Prescribing feedback for general practitioners,", $",\"{HostileName}\",");
        _build = BuiltReview.Build(_folder.Data, RepoPaths.Templates);
    }

    public static TheoryData<string, bool> Documents => new()
    {
        { "manuscript.md", true }, { "manuscript.md", false }, { "table2.md", true }, { "table2.md", false },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Table_KeepsNineCellsPerRow_AndTheNameAsOneLiteralCell(string document, bool asGithub)
    {
        Assert.True(_build.Succeeded, string.Join("\n", _build.Diagnostics));

        var rows = MarkdownReader.TableCells(_build.Text(document), asGithub ? GithubLike : MarkdownDocumentParser.Pipeline);

        Assert.NotNull(rows);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Equal(9, row.Count));
        Assert.Equal(HostileName, rows[CampaignRow][NameColumn]);
        Assert.Equal("IRL", rows[CampaignRow][NameColumn - 1]);
        Assert.Equal("Compare each practice's antibiotic prescribing with its peers", rows[CampaignRow][NameColumn + 1]);
    }

    [Fact]
    public void Table_AsGithubShowsIt_HasNoHtmlFromTheName()
    {
        var html = Markdig.Markdown.ToHtml(_build.Text("table2.md"), GithubLike);

        Assert.DoesNotContain("<script", html);
        Assert.Contains("| * _ &lt; &gt; \\`{{ x }}&lt;script&gt;", html);
    }

    public void Dispose() => _folder.Dispose();
}
