using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating.Functions;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// Fuzzes the three document writers with the Markdown templates make: data text escaped as the template engine
/// escapes it, in paragraphs, headings and table cells, and raw Markdown of any shape. The escaped text must come
/// back literally from the Markdown writer's output and reach no LaTeX command; nothing may throw.
/// </summary>
public sealed class WriterFuzzTests(ITestOutputHelper output)
{
    private readonly Fuzz _fuzz = new(output);

    /// <summary>A template's document: its own Markdown around cells of escaped data.</summary>
    private static readonly Gen<(string Markdown, string[] Data)> EscapedDocument =
        Gen.Select(HostileText.Text.Array[1, 6], Gen.Int[0, 2], (data, form) =>
        {
            var cells = data.Select(MarkdownEscaper.EscapeInline).ToArray();
            var markdown = form switch
            {
                0 => "# " + cells[0] + "\n\n" + string.Join("\n\n", cells.Skip(1).Select(c => "Text " + c + " end.")),
                1 => "| a | b |\n|---|---|\n" + string.Join("\n", cells.Select(c => $"| {c} | x |")),
                _ => "- " + string.Join("\n- ", cells),
            };
            return (markdown, data);
        });

    /// <summary>Markdown a broken template could write: markup of any kind, in any order.</summary>
    private static readonly Gen<string> RawMarkdown = Gen.Frequency(
            (4, Gen.OneOf(HostileText.Pieces)), (2, Gen.OneOf("\n", "\n\n", "    ", "| ", " |\n|---|\n", "::: {.landscape}\n", ":::\n", "[^1]: note\n", "![f](prisma.svg)")),
            (1, Gen.String[Gen.Char['a', 'z'], 1, 6]))
        .Array[1, 60]
        .Select(string.Concat);

    private static string LiteralText(Block block) => block is LeafBlock { Inline: { } inline }
        ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
        : "";

    /// <summary>Writes <paramref name="markdown"/> in every format; returns the Markdown writer's output.</summary>
    private static string WriteAll(string markdown, bool withPdf)
    {
        if (MarkdownDocumentParser.TooDeeplyNestedAt(markdown) is not null) return "";
        var tree = MarkdownDocumentParser.Parse(markdown);
        var gfm = GithubMarkdownWriter.Write(tree);
        var bag = new DiagnosticBag();
        var latex = LatexWriter.WriteBody(tree, bag, "doc.md").Body;
        foreach (var command in new[] { @"\input", @"\include", @"\write", @"\def", @"\catcode", @"\immediate", @"\openin", @"\csname" })
            Assert.DoesNotContain(command + (command == @"\include" ? "{" : ""), latex);
        if (withPdf)
        {
            using var pdf = new MemoryStream();
            var written = PdfWriter.Write(tree, pdf, new PdfOptions { BaseDirectory = RepoPaths.Root }, bag, "doc.md");
            Assert.True(written || bag.HasErrors, "no PDF, yet no error says why");
        }
        Assert.All(bag.Items, d => Assert.Equal("doc.md", d.File));
        return gfm;
    }

    [Fact]
    public void Escaped_data_comes_back_literally_and_runs_nothing_in_any_writer()
    {
        _fuzz.Run("writers, escaped data", EscapedDocument, ciCases: 400, input =>
        {
            var gfm = WriteAll(input.Markdown, withPdf: false);
            var texts = MarkdownDocumentParser.Parse(gfm).Descendants<LeafBlock>().Select(LiteralText).ToList();
            foreach (var data in input.Data.Select(MarkdownEscaper.Normalize).Where(d => d.Length > 0))
                Assert.True(texts.Any(t => t.Contains(data, StringComparison.Ordinal)),
                    $"'{data}' is not literal text of the Markdown written:\n{gfm}\nfrom:\n{input.Markdown}");
        }, input => string.Join(" | ", input.Data.Select(HostileText.Describe)));
    }

    [Fact]
    public void Raw_markdown_of_any_shape_is_written_in_every_format()
    {
        // The PDF writer is the slowest by far: a smaller count keeps the suite quick.
        _fuzz.Run("writers, raw Markdown (with PDF)", RawMarkdown, ciCases: 60, markdown => WriteAll(markdown, withPdf: true),
            HostileText.Describe);
        _fuzz.Run("writers, raw Markdown", RawMarkdown.Select(m => m + " "), ciCases: 1000, markdown => WriteAll(markdown, withPdf: false),
            HostileText.Describe);
    }
}
