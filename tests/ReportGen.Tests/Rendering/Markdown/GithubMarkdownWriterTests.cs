using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;

namespace ReportGen.Tests.Rendering.Markdown;

public class GithubMarkdownWriterTests
{
    private static string Write(string markdown) => GithubMarkdownWriter.Write(MarkdownDocumentParser.Parse(markdown));

    [Theory]
    [InlineData("")]
    [InlineData("text")]
    [InlineData("text\n\n\n")]
    [InlineData("```\ncode\n\n\n```\n\n\n")]
    public void Write_EndsWithExactlyOneNewline(string markdown)
    {
        var output = Write(markdown);

        Assert.EndsWith("\n", output);
        Assert.False(output.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_UsesLineFeedsOnly_AndOneBlankLineBetweenBlocks()
    {
        var output = Write("# Title\r\n\r\n\r\n\r\nFirst\r\nparagraph\r\n\r\n\r\n- a\r\n- b\r\n");

        Assert.Equal("# Title\n\nFirst\nparagraph\n\n- a\n- b\n", output);
    }

    [Fact]
    public void Write_IsDeterministic()
    {
        var input = GoldenFiles.ReadInput("table-container");

        Assert.Equal(Write(input), Write(input));
    }

    [Fact]
    public void Write_LeavesNoTrailingWhiteSpace()
    {
        var output = Write("> a\n>\n> b\n\n- one\n\n  two\n");

        Assert.DoesNotContain(" \n", output);
        Assert.Equal("> a\n>\n> b\n\n- one\n\n  two\n", output);
    }

    [Theory]
    [InlineData("## Results {#results}\n", "## Results\n")]
    [InlineData("## Results {#sec-results}\n", "## <a name=\"sec-results\"></a>Results\n")]
    [InlineData("## Results\n\n## Results {#results-1}\n", "## Results\n\n## Results\n")]
    [InlineData("## Bad id {#a\"b}\n", "## Bad id\n")]
    public void Heading_GetsAnAnchorOnlyWhenItsIdIsNotGithubs(string markdown, string expected)
    {
        Assert.Equal(expected, Write(markdown));
    }

    [Fact]
    public void TableWithoutContainer_IsWrittenAsPipeTable()
    {
        Assert.Equal("| a | b |\n| --- | ---: |\n| 1 |  |\n", Write("|a|b|\n|---|--:|\n|1|\n"));
    }

    [Fact]
    public void TableContainerWithoutTable_KeepsItsParagraphsUnbolded()
    {
        Assert.Equal("Only a caption\n", Write("::: {.table}\nOnly a caption\n:::\n"));
    }
}
