using System.Text;
using System.Xml.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Tests.Build;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The shipped review built with the shipped templates after hostile strings were written into its cells: each string
/// must come out of every writer as the literal text it is, never as Markdown, HTML, LaTeX, SVG or template code.
/// </summary>
public sealed class HostileDataAllWritersTests : IClassFixture<HostileDataAllWritersTests.HostileBuild>
{
    /// <summary>Each string, and the LaTeX that prints it literally (break points and ligature kerns left out).</summary>
    public static readonly TheoryData<string, string> Strings = new()
    {
        { "<script>alert(1)</script>", @"\textless{}script\textgreater{}alert(1)\textless{}/script\textgreater{}" },
        { "**bold**", "**bold**" },
        { "[x](javascript:alert(1))", "{[}x{]}(javascript:alert(1))" },
        { "| a | b |", @"\textbar{} a \textbar{} b \textbar{}" },
        { @"\input{/etc/passwd}", @"\textbackslash{}input\{/etc/passwd\}" },
        { "$x$ and $$y$$", @"\$x\$ and \$\$y\$\$" },
        { "]]><svg onload=alert(1)>", @"{]}{]}\textgreater{}\textless{}svg onload=alert(1)\textgreater{}" },
        { "{{ 7*7 }}", @"\{\{ 7*7 \}\}" },
        { "# not a heading", @"\# not a heading" },
        { "100% & #1 ~x^2_y", @"100\% \& \#1 \textasciitilde{}x\textasciicircum{}2\_y" },
    };

    /// <summary>Text that must survive as it is, in the writers that can set it.</summary>
    private const string RightToLeft = "مرحبا بالعالم שלום עולם";
    private const string Emoji = "👍🏽";

    private static readonly string[] Campaigns =
        ["ammendolia2004", "cheng2017", "khoury2019", "buchbinder2007", "coombs2021", "french2013", "french2022", "jenkins2022a", "jenkins2022b", "morgan2019"];

    /// <summary>The build, once for every test here: a campaign's name for each string, and more in other cells.</summary>
    public sealed class HostileBuild : IDisposable
    {
        private readonly ReviewCopy _data = ReviewCopy.Shipped();

        public HostileBuild()
        {
            var strings = Strings.Select(row => row.Data.Item1).ToList();
            for (var i = 0; i < strings.Count; i++)
                _data.SetCell("data/campaigns.csv", Campaigns[i], "name", strings[i]);
            _data.SetCell("data/campaigns.csv", "rezaii2020", "name", RightToLeft);
            _data.SetCell("data/campaigns.csv", "schectman2003", "name", Emoji + " campaign");
            _data.SetCell("data/campaigns.csv", "wang2018", "key_message", string.Join(" ", strings));
            _data.SetCell("data/resources.csv", "ammendolia2004", "title", @"**Bold** title with \input{/etc/passwd} and {{ 7*7 }}");
            _data.SetCell("data/review.csv", "title", "value", @"A review of $x$, \input{/etc/passwd} and {{ 7*7 }} <b>");
            _data.SetCell("data/flow.csv", "database_specific_results", "n", "<script>alert(1)</script>, 500; ]]><svg onload=alert(1)>, 500; {{ 7*7 }}, 13");
            Build = BuiltReview.Build(_data.Data, RepoPaths.Templates);
        }

        internal BuiltReview Build { get; }

        public void Dispose() => _data.Dispose();
    }

    private readonly BuiltReview _build;

    public HostileDataAllWritersTests(HostileBuild fixture)
    {
        _build = fixture.Build;
        Assert.True(_build.Succeeded, string.Join("\n", _build.Diagnostics.Where(d => d.Severity == Severity.Error)));
    }

    /// <summary>Every leaf block's literal text as a reader of the Markdown sees it (escapes resolved, markup gone).</summary>
    private static List<string> LiteralTexts(string markdown)
    {
        var document = MarkdownDocumentParser.Parse(markdown);
        return document.Descendants<LeafBlock>()
            .Where(b => b.Inline is not null)
            .Select(b => string.Concat(b.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Markdown_shows_the_string_as_literal_text(string hostile, string latex)
    {
        _ = latex;
        Assert.Contains(LiteralTexts(_build.Text("table2.md")), text => text == hostile);
    }

    /// <summary>The templates write anchors, emphasis and links of their own; none may carry the data's words.</summary>
    [Fact]
    public void Markdown_has_no_markup_that_came_from_the_data()
    {
        foreach (var file in new[] { "table2.md", "manuscript.md", "abbreviations.md" })
        {
            var document = MarkdownDocumentParser.Parse(_build.Text(file));
            var inlines = document.Descendants<Inline>().ToList();
            Assert.All(inlines.OfType<HtmlInline>(), html => Assert.Matches("^(<a name=\"[a-z0-9-]+\">|</a>)$", html.Tag));
            Assert.Empty(document.Descendants<HtmlBlock>());
            Assert.DoesNotContain(inlines, i => i is LinkInline link && link.Url?.Contains("javascript", StringComparison.OrdinalIgnoreCase) == true);
            Assert.DoesNotContain(inlines, i => i is Markdig.Extensions.Mathematics.MathInline);
            Assert.DoesNotContain(inlines, i => i is EmphasisInline e &&
                string.Concat(e.Descendants<LiteralInline>().Select(l => l.Content.ToString())) is "bold" or "Bold");
        }
    }

    [Fact]
    public void Table_2_keeps_its_columns_whatever_the_cells_hold()
    {
        var table = Assert.Single(MarkdownDocumentParser.Parse(_build.Text("table2.md")).Descendants<Markdig.Extensions.Tables.Table>());
        var header = ((Markdig.Extensions.Tables.TableRow)table[0]).Count;
        Assert.All(table.OfType<Markdig.Extensions.Tables.TableRow>(), row => Assert.Equal(header, row.Count));
    }

    [Fact]
    public void Template_syntax_in_the_data_is_never_run()
    {
        // Written into a campaign's name and another's key message (Table 2), a reference title and the review's title.
        Assert.Equal(2, LiteralTexts(_build.Text("table2.md")).Sum(t => Occurrences(t, "{{ 7*7 }}")));
        Assert.Equal(4, LiteralTexts(_build.Text("manuscript.md")).Sum(t => Occurrences(t, "{{ 7*7 }}")));
        // The LaTeX has the title once more, in the preamble's \title{}.
        Assert.Equal(5, Occurrences(Printed(_build.Text("manuscript.tex")), @"\{\{ 7*7 \}\}"));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    /// <summary>What LaTeX prints: the break points and kerns between ligature characters print nothing.</summary>
    private static string Printed(string tex) => tex.Replace(@"\allowbreak{}", "").Replace(@"\kern0pt", "");

    [Theory]
    [MemberData(nameof(Strings))]
    public void LaTeX_escapes_the_string_so_that_it_prints_as_itself(string hostile, string latex)
    {
        _ = hostile;
        Assert.Contains(latex, Printed(_build.Text("table2.tex")));
    }

    [Fact]
    public void LaTeX_runs_no_command_from_the_data()
    {
        foreach (var file in new[] { "table2.tex", "manuscript.tex", "abbreviations.tex" })
        {
            var tex = _build.Text(file);
            Assert.DoesNotContain(@"\input{", tex);
            Assert.Contains(@"\textbackslash{}input\{/etc/passwd\}", Printed(tex));
        }
        // The title reaches the preamble's \title{} through the preamble template, escaped there too.
        Assert.Contains(@"\title{A review of \$x\$, \textbackslash{}input\{/etc/passwd\} and \{\{ 7*7 \}\} \textless{}b\textgreater{}}",
            Printed(_build.Text("manuscript.tex")));
    }

    [Fact]
    public void The_figure_shows_flow_names_as_text_and_stays_valid_svg()
    {
        var svg = XDocument.Parse(_build.Text("prisma.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        var text = string.Concat(svg.Descendants(ns + "text").Select(t => t.Value)).Replace(" ", "");
        Assert.Contains("<script>alert(1)</script>".Replace(" ", ""), text);
        Assert.Contains("]]><svgonload=alert(1)>", text);
        Assert.Contains("{{7*7}}", text);
    }

    /// <summary>PDF text as PdfPig reads it, without white space: table cells wrap wherever the column ends.</summary>
    private string PdfText(string file)
    {
        using var pdf = PdfDocument.Open(_build.Files[file]);
        return string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void The_PDF_prints_the_string_as_itself(string hostile, string latex)
    {
        _ = latex;
        Assert.Contains(hostile.Replace(" ", ""), PdfText("table2.pdf"));
    }

    /// <summary>
    /// The PDF holds right-to-left text in the order it is drawn, left to right, so Hebrew reads back reversed, and
    /// Arabic as its joined letter forms (Unicode presentation forms), one for each letter.
    /// </summary>
    [Fact]
    public void Right_to_left_text_and_emoji_reach_the_Markdown_and_the_PDF()
    {
        var markdown = LiteralTexts(_build.Text("table2.md"));
        Assert.Contains(RightToLeft, markdown);
        Assert.Contains(Emoji + " campaign", markdown);
        var pdf = PdfText("table2.pdf");
        foreach (var word in new[] { "שלום", "עולם" }) Assert.Contains(new string([.. word.Reverse()]), pdf);
        Assert.Equal(RightToLeft.Count(c => c is >= '\u0600' and <= '\u06FF'), pdf.Count(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF'));
    }
}
