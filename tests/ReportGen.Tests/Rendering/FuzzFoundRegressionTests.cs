using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Rendering;

/// <summary>Bugs the writer fuzz tests found, each kept as the smallest input that showed it.</summary>
public sealed class FuzzFoundRegressionTests
{
    /// <summary>
    /// The Markdown writer escaped "{" but not "}", and Markdig reads "{…}" in a heading as generic attributes even
    /// after an escaped "{": "# a\{y}lr" read back as "a\", the rest of the heading lost.
    /// </summary>
    [Theory]
    [InlineData(@"a{y}lr")]
    [InlineData(@"\def\x{y}")]
    [InlineData("a {y}")]
    [InlineData("{#id .class}")]
    public void Braces_in_a_heading_survive_the_markdown_writer(string data)
    {
        var written = GithubMarkdownWriter.Write(MarkdownDocumentParser.Parse("# " + MarkdownEscaper.EscapeInline(data)));

        var heading = Assert.Single(MarkdownDocumentParser.Parse(written).Descendants<HeadingBlock>());
        Assert.Equal(data, string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
    }

    /// <summary>
    /// A footnote whose text refers to itself, or two that refer to each other, made the LaTeX writer write the
    /// footnote inside itself until Markdig's depth limit threw ArgumentException.
    /// </summary>
    [Theory]
    [InlineData("Text[^1]\n\n[^1]: see[^1]\n", @"Text\footnote{see}")]
    [InlineData("Text[^1]\n\n[^1]: see[^2]\n[^2]: back to[^1]\n", @"Text\footnote{see\footnote{back to}}")]
    public void A_footnote_that_refers_to_itself_is_written_once(string markdown, string expected)
    {
        var tree = MarkdownDocumentParser.Parse(markdown);
        var bag = new DiagnosticBag();

        var latex = LatexWriter.WriteBody(tree, bag, "doc.md").Body;

        Assert.Contains(expected, latex);
        using var pdf = new MemoryStream();
        Assert.True(PdfWriter.Write(tree, pdf, new PdfOptions(), bag, "doc.md"));
    }
}
