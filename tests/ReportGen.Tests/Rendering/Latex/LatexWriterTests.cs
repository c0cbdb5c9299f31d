using CsCheck;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Latex;

namespace ReportGen.Tests.Rendering.Latex;

public partial class LatexWriterTests
{
    private const string Preamble = "\\documentclass{article}\n{{ for package in packages }}\\usepackage{ {{- package.name -}} }\n{{ end }}\\begin{document}\n";

    private static LatexOutput Body(string markdown, DiagnosticBag diagnostics) =>
        LatexWriter.WriteBody(MarkdownDocumentParser.Parse(markdown), diagnostics, "doc.md");

    [Fact]
    public void WriteBody_WhenCharacterHasNoLatexForm_ReportsCharacterAndPlaceAndWritesQuestionMark()
    {
        var diagnostics = new DiagnosticBag();

        var output = Body("First line.\n\nA cell \U0001F600 here.\n", diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "doc.md:3:8: warning RG300: the character '\U0001F600' (U+1F600, in the block Emoticons) has no form that pdflatex can set; it was replaced with '?'\n" +
            "  hint: Replace it in the data or the template with plain text, or with a character the LaTeX writer maps (Latin letters, dashes, quotes, common math symbols, Greek letters).",
            diagnostic.ToString());
        Assert.Contains("A cell ? here.", output.Body);
    }

    [Fact]
    public void WriteBody_WhenTableCellHoldsCjkCharacter_ReportsTheCellsLine()
    {
        var diagnostics = new DiagnosticBag();

        Body("| a |\n|---|\n| x \u4e2d |\n", diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("doc.md", 3, Severity.Warning, "RG300"), (diagnostic.File, diagnostic.Line, diagnostic.Severity, diagnostic.Code));
        Assert.StartsWith("the character '\u4e2d' (U+4E2D, in the block CJK Unified Ideographs)", diagnostic.Message);
    }

    [Fact]
    public void WriteBody_ListsOnlyThePackagesItUses_WithHyperrefLast()
    {
        var output = Body("[a](https://example.org) ~~gone~~\n\n| a |\n|---|\n| 1 |\n", new DiagnosticBag());

        Assert.Equal(
            ["array", "booktabs", "longtable", "ulem[normalem]", "hyperref"],
            output.Packages.Select(p => p.Options.Length > 0 ? $"{p.Name}[{p.Options}]" : p.Name));
        Assert.Empty(Body("Plain text.", new DiagnosticBag()).Packages);
    }

    /// <summary>A link whose text is its address breaks like an autolink; other link texts are prose.</summary>
    [Fact]
    public void WriteBody_LinkShowingItsOwnUrl_GetsBreakPoints()
    {
        var url = "https://doi.org/10.1371/journal.pone.0065471";

        var output = Body($"[{url.Replace(":", "\\:")}]({url}) and [a long-winded/description](https://example.org).", new DiagnosticBag());

        Assert.Contains(@"{https://\allowbreak{}doi.\allowbreak{}org/\allowbreak{}10.\allowbreak{}1371/", output.Body);
        Assert.Contains("{a long-winded/description}", output.Body);
    }

    [Fact]
    public void WriteDocument_RendersPreambleWithEscapedMetadata_AndWrapsTheBody()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "A & B {x} 50%" };
        var template = "\\documentclass{article}\n\\title{ {{- title -}} }\n\\usepackage[{{ language }}]{babel}\n{{ for p in packages }}\\usepackage{ {{- p.name -}} }\n{{ end }}\\begin{document}\n";

        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("Text with [a link](https://example.org)."),
            template, "templates/latex-preamble.sbn", metadata, new DiagnosticBag(), "doc.md");

        Assert.Equal(
            "\\documentclass{article}\n\\title{A \\& B \\{x\\} 50\\%}\n\\usepackage[english]{babel}\n\\usepackage{hyperref}\n\\begin{document}\n\n" +
            "Text with \\href{https://example.org}{a link}.\n\n\\end{document}\n",
            tex);
    }

    [Fact]
    public void WriteDocument_TakesTheAuthorFromReviewCsvsAuthorsKey()
    {
        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("x"), "{{ author }}\n\\begin{document}\n", "p.sbn",
            new Dictionary<string, string> { ["authors"] = "Doe, J. & Roe, R." }, new DiagnosticBag(), "doc.md");

        Assert.StartsWith(@"Doe, J. \& Roe, R." + "\n", tex);
    }

    [Fact]
    public void WriteDocument_IsTheSameOnEveryRun()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Latex", "table-container.md"));
        string? Write() => LatexWriter.WriteDocument(MarkdownDocumentParser.Parse(markdown), Preamble, "p.sbn",
            new Dictionary<string, string>(), new DiagnosticBag(), "doc.md");

        Assert.Equal(Write(), Write());
    }

    [Fact]
    public void WriteDocument_WhenTemplateHasSyntaxError_ReportsTemplateLineAndColumn()
    {
        var diagnostics = new DiagnosticBag();

        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("x"), "\\documentclass{article}\n\\title{ {{ title + }} }\n",
            "templates/latex-preamble.sbn", new Dictionary<string, string>(), diagnostics, "doc.md");

        Assert.Null(tex);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("templates/latex-preamble.sbn", 2, "RG201", Severity.Error),
            (diagnostic.File, diagnostic.Line, diagnostic.Code, diagnostic.Severity));
        Assert.True(diagnostic.Column > 1, $"column {diagnostic.Column} should point into the line");
    }

    [Fact]
    public void WriteDocument_WhenTemplateUsesUnknownVariable_ReportsItsPlace()
    {
        var diagnostics = new DiagnosticBag();

        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("x"), "\\documentclass{article}\n\n  {{ journal_name }}\n\\begin{document}\n",
            "p.sbn", new Dictionary<string, string>(), diagnostics, "doc.md");

        Assert.Null(tex);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("p.sbn", 3, 6, "RG202"), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Code));
        Assert.Contains("journal_name", diagnostic.Message);
    }

    [Fact]
    public void WriteDocument_WhenTemplateNeverBeginsTheDocument_ReportsIt()
    {
        var diagnostics = new DiagnosticBag();

        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("x"), "\\documentclass{article}\n", "p.sbn",
            new Dictionary<string, string>(), diagnostics, "doc.md");

        Assert.Null(tex);
        Assert.Equal("RG312", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void WriteDocument_WhenLanguageIsUnknown_WarnsAndUsesEnglish()
    {
        var diagnostics = new DiagnosticBag();

        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse("x"), "{{ language }}\n\\begin{document}\n", "p.sbn",
            new Dictionary<string, string> { ["language"] = "klingon" }, diagnostics, "doc.md");

        Assert.StartsWith("english\n", tex);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("RG313", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    /// <summary>In a table cell the word after a hyphen or dash must stay hyphenable, or it overflows a narrow column.</summary>
    [Theory]
    [InlineData("post-educational", @"post-\hspace{0pt}educational", "post-educational")]
    [InlineData("2010\u20132013", @"2010\textendash{}\hspace{0pt}2013", @"2010\textendash{}2013")]
    [InlineData("a--b", @"a-\kern0pt-b", @"a-\kern0pt-b")]
    [InlineData("rm -rf", "rm -rf", "rm -rf")]
    [InlineData("x\u2011y", "x-y", "x-y")]
    public void Escape_InTableCell_LetsTexBreakAndHyphenateAfterAHyphenOrDash(string text, string inCell, string inProse)
    {
        var packages = new LatexPackageSet();
        Assert.Equal(inCell, LatexEscaper.Escape(text, new TextStyle(Breakable: true), packages, (_, _) => { }));
        Assert.Equal(inProse, LatexEscaper.Escape(text, TextStyle.Prose, packages, (_, _) => { }));
    }

    /// <summary>
    /// Whatever the data holds, the escaped text uses only the writer's own commands, keeps braces balanced
    /// and leaves no character that LaTeX reads as markup: data can never run a command.
    /// </summary>
    [Fact]
    public void Escape_OfAnyText_UsesOnlyKnownCommandsAndBalancedBraces()
    {
        var allowed = new HashSet<string>
        {
            "textbackslash", "textasciicircum", "textasciitilde", "textless", "textgreater", "textbar", "textquotedbl",
            "textquotesingle", "textasciigrave", "kern", "allowbreak", "ensuremath", "textendash", "textemdash",
            "textquoteleft", "textquoteright", "textquotedblleft", "textquotedblright", "geq", "leq", "times", "alpha",
            "textellipsis", "textdegree", "texteuro", "hspace",
        };
        var characters = "abc 019\\{}$&#^_%~<>|\"'`[]-,!?.:/\n\t\u2010\u2013\u2014\u201c\u201d\u2018\u2019\u2265\u2264\u00d7\u00f6\u00e9\u03b1\u2026\u00b0\u20ac\u200b\u00a0\u4e2d\U0001F600";
        var runes = characters.EnumerateRunes().Select(r => r.ToString()).ToArray();

        Gen.Int[0, runes.Length - 1].Array[0, 40].Select(indexes => string.Concat(indexes.Select(i => runes[i])))
            .Sample(text =>
            {
                var escaped = LatexEscaper.Escape(text, new TextStyle(Breakable: true), new LatexPackageSet(), (_, _) => { });
                var unknown = ControlWord().Matches(escaped).Select(m => m.Groups[1].Value).Where(c => !allowed.Contains(c));
                var withoutEscapes = ControlSymbol().Replace(ControlWord().Replace(escaped, ""), "");
                Assert.Empty(unknown);
                Assert.True(Balanced(escaped), $"unbalanced braces in {escaped}");
                Assert.DoesNotContain(withoutEscapes, c => "\\$&#^_%".Contains(c));
                // '~' is the writer's own no-break space, written only for U+00A0.
                Assert.Equal(text.Count(c => c == '\u00a0'), withoutEscapes.Count(c => c == '~'));
            });
    }

    private static bool Balanced(string latex)
    {
        var depth = 0;
        for (var i = 0; i < latex.Length; i++)
        {
            if (latex[i] == '\\') { i++; continue; }
            if (latex[i] == '{') depth++;
            if (latex[i] == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    [GeneratedRegex(@"\\([A-Za-z]+)")]
    private static partial Regex ControlWord();

    [GeneratedRegex(@"\\[^A-Za-z]")]
    private static partial Regex ControlSymbol();

    /// <summary>A block no writer knows, as a Markdig extension added to the pipeline would make.</summary>
    private sealed class UnknownBlock() : Markdig.Syntax.LeafBlock(null);

    [Fact]
    public void WriteBody_ElementWithoutLatexForm_WarnsRG302AndKeepsTheRest()
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownDocumentParser.Parse("Before.\n\nAfter.\n");
        document.Insert(1, new UnknownBlock { Line = 1 });

        var output = LatexWriter.WriteBody(document, diagnostics, "doc.md");

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("RG302", Severity.Warning, 2), (warning.Code, warning.Severity, warning.Line));
        Assert.Equal("the Markdown element UnknownBlock has no LaTeX form; it was left out", warning.Message);
        Assert.Contains("Before.", output.Body);
        Assert.Contains("After.", output.Body);
    }
}
