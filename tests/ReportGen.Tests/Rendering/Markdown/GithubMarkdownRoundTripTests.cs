using System.Text;
using CsCheck;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;

namespace ReportGen.Tests.Rendering.Markdown;

/// <summary>
/// Literal text from data, written by the writer and read back by Markdig, must give the same text and no markup.
/// </summary>
public class GithubMarkdownRoundTripTests
{
    // A fixed seed keeps the run the same on every machine; a failure prints the case to reproduce.
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Iterations = 3000;

    private static readonly string[] Pieces =
    [
        "a", "Z", "7", "42", " ", "  ", "\t", "\n", "\r\n",
        "\\", "`", "``", "*", "**", "_", "__", "[", "]", "(", ")", "<", ">", "|", "#", "##", "!", "&", ";",
        "~", "~~", "^", "^^^", "$", "$$", "{", "}", "+", "++", "=", "==", "\"", "\"\"", ":", "::", ":::", "-", "---",
        ".", "1.", "2)", "%", "@", "'", ",",
        "<script>", "</b>", "[x](javascript:y)", "![i](p.png)", "&amp;", "&#35;", "&copy", "{#id .c}", "[^1]", "*[A]:",
        "http://example.org", "www.example.org", "a@b.org",
        "é", "ß", "Ω", "中文", "שלום", "مرحبا", "\u200F", "\u202E", "\u00A0", "😀", "👩\u200D💻", "🇨🇦",
    ];

    private static readonly Gen<string[]> PieceLists = Gen.OneOf(Pieces).Array[0, 14];
    private static readonly Gen<string> Text = PieceLists.Select(string.Concat);

    // Our parser (advanced extensions) reads the most markup; the plain pipe-table pipeline is closer to GitHub.
    private static readonly MarkdownPipeline[] Readers =
        [MarkdownDocumentParser.Pipeline, new MarkdownPipelineBuilder().UsePipeTables().Build()];

    [Fact]
    public void Paragraph_RoundTrips_AsTheSameLiteralText()
    {
        Text.Sample(text => AssertParagraphRoundTrips(Paragraph(text), Expected(text)),
                    seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void ParagraphOfManyLiterals_RoundTrips_AsTheSameLiteralText()
    {
        // Markup can span two literals ("http" + "://", "=" + "="), which one literal never shows.
        PieceLists.Sample(pieces => AssertParagraphRoundTrips(Paragraph(pieces), Expected(string.Concat(pieces))),
                          seed: Seed, iter: Iterations, threads: 1);
    }

    private static void AssertParagraphRoundTrips(ParagraphBlock paragraph, string expected)
    {
        var markdown = GithubMarkdownWriter.Write(DocumentWith(paragraph));
        foreach (var reader in Readers)
        {
            var reread = Markdig.Markdown.Parse(markdown, reader);
            if (expected.Length == 0)
            {
                Assert.Empty(reread);
                continue;
            }
            var rereadParagraph = Assert.IsType<ParagraphBlock>(Assert.Single(reread));
            Assert.Equal(expected, LiteralText(rereadParagraph.Inline));
        }
    }

    [Fact]
    public void TableCell_RoundTrips_AsTheSameLiteralText()
    {
        Text.Sample(text =>
        {
            var markdown = GithubMarkdownWriter.Write(DocumentWith(OneColumnTable(text)));
            foreach (var reader in Readers)
            {
                var reread = Markdig.Markdown.Parse(markdown, reader);

                var table = Assert.IsType<Table>(Assert.Single(reread));
                Assert.Equal(2, table.Count);
                var cells = ((TableRow)table[1]).OfType<TableCell>().ToList();
                Assert.Single(cells);
                var paragraph = cells[0].OfType<ParagraphBlock>().SingleOrDefault();
                Assert.Equal(Expected(text), LiteralText(paragraph?.Inline));
            }
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("  lead and trail  ", "lead and trail")]
    [InlineData("nul\0here", "nul\uFFFDhere")]
    public void Expected_NormalisesWhatMarkdownCannotCarry(string text, string expected)
    {
        var reread = MarkdownDocumentParser.Parse(GithubMarkdownWriter.Write(DocumentWith(Paragraph(text))));

        Assert.Equal(expected, LiteralText(((ParagraphBlock)reread[0]).Inline));
    }

    // What survives any Markdown round trip: line breaks inside literal text become spaces (the writer's choice,
    // so a cell stays one row), NUL becomes U+FFFD (CommonMark's rule), and the ends lose their white space.
    private static string Expected(string text) =>
        text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\0', '\uFFFD').Trim();

    /// <summary>The text a reader sees; fails on any markup at all.</summary>
    private static string LiteralText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines ?? new ContainerInline())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                default:
                    Assert.Fail($"Markup {inline.GetType().Name} came from literal text");
                    break;
            }
        }
        return text.ToString();
    }

    private static MarkdownDocument DocumentWith(Block block)
    {
        var document = new MarkdownDocument();
        document.Add(block);
        return document;
    }

    private static ParagraphBlock Paragraph(params string[] pieces)
    {
        var inlines = new ContainerInline();
        foreach (var piece in pieces)
        {
            inlines.AppendChild(new LiteralInline(piece));
        }
        return new ParagraphBlock { Inline = inlines };
    }

    private static Table OneColumnTable(string cellText)
    {
        var table = new Table();
        table.ColumnDefinitions.Add(new TableColumnDefinition());
        table.Add(Row(isHeader: true, "Header"));
        table.Add(Row(isHeader: false, cellText));
        return table;
    }

    private static TableRow Row(bool isHeader, string text)
    {
        var cell = new TableCell();
        cell.Add(Paragraph(text));
        var row = new TableRow { IsHeader = isHeader };
        row.Add(cell);
        return row;
    }
}
