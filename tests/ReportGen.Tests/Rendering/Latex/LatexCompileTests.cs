using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// Compiles what the writer produces with real TeX engines and reads the PDF back with PdfPig. Without TeX Live
/// they are skipped with the package to install; CI (REPORTGEN_REQUIRE_TOOLS=1) fails them instead.
/// </summary>
public partial class LatexCompileTests
{
    private static readonly Dictionary<string, string> Metadata = new()
    {
        ["title"] = "Mass media campaigns: a scoping review",
        ["author"] = "A. Author & B. Author",
        ["date"] = "2025",
        ["language"] = "en-GB",
    };

    [Theory]
    [InlineData("pdflatex")]
    [InlineData("lualatex")]
    public void Manuscript_CompilesWithTablesThatRepeatTheirHeaderAndPrintDataLiterally(string engine)
    {
        using var output = new OutputFolder(new Dictionary<string, byte[]>());
        var folder = output.Path;
        TestImages.WritePdf(Path.Combine(folder, "prisma.pdf"));
        var diagnostics = new DiagnosticBag();
        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse(TestManuscript.Markdown()),
            File.ReadAllText(PreambleTemplatePath()), "templates/latex-preamble.sbn", Metadata, diagnostics, "manuscript.md");
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(tex);
        File.WriteAllText(Path.Combine(folder, "manuscript.tex"), tex);

        var log = TexTools.Compile(engine, folder, "manuscript.tex");

        Assert.DoesNotContain("Missing character", log);
        var tableLines = TexTools.LongtableLines(tex);
        var overfullInTables = TexTools.OverfullBoxes(log)
            .Where(box => box.Points > 1 && tableLines.Any(t => box.FirstLine <= t.Last && box.LastLine >= t.First))
            .ToList();
        Assert.True(overfullInTables.Count == 0, $"Overfull boxes in tables: {string.Join(", ", overfullInTables)}");

        var pdf = Path.Combine(folder, "manuscript.pdf");
        var pages = PdfText.PageTexts(pdf).Select(Normalise).ToList();
        var landscape = PdfText.PagesInLandscape(pdf);
        Assert.Equal(pages.Count, landscape.Count);
        var all = string.Join("\n", pages);

        AssertTable2(pages, landscape, all);
        foreach (var (_, printed) in TestManuscript.Hostile)
            Assert.Contains(Normalise(printed), all);
        Assert.Contains(TestImages.FigureText, all);
        Assert.Contains("Figure 1: PRISMA 2020 flow diagram", all);
    }

    [Theory]
    [InlineData("pdflatex")]
    [InlineData("lualatex")]
    public void GoldenSpecFiles_CompileTogether(string engine)
    {
        using var output = new OutputFolder(new Dictionary<string, byte[]>());
        var folder = output.Path;
        TestImages.WritePdf(Path.Combine(folder, "prisma.pdf"));
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        TestImages.WritePng(Path.Combine(folder, "images", "logo.png"));
        var markdown = string.Join("\n\n", LatexGoldenTests.CaseNames().Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Latex", name + ".md"))));
        var tex = LatexWriter.WriteDocument(MarkdownDocumentParser.Parse(markdown),
            File.ReadAllText(PreambleTemplatePath()), "templates/latex-preamble.sbn", Metadata, new DiagnosticBag(), "all.md");
        Assert.NotNull(tex);
        File.WriteAllText(Path.Combine(folder, "all.tex"), tex);

        var log = TexTools.Compile(engine, folder, "all.tex");

        Assert.DoesNotContain("Missing character", log);
    }

    private static void AssertTable2(List<string> pages, IReadOnlyList<bool> landscape, string all)
    {
        var markers = Enumerable.Range(1, TestManuscript.Table2Rows).Select(TestManuscript.StudyMarker).ToList();
        var tablePages = Enumerable.Range(0, pages.Count).Where(p => markers.Any(m => pages[p].Contains(m))).ToList();
        Assert.True(tablePages.Count >= 2, $"Table 2 should run over several pages, but it is on {tablePages.Count}.");
        Assert.Equal(Enumerable.Range(tablePages[0], tablePages.Count), tablePages);

        foreach (var page in tablePages)
        {
            Assert.True(landscape[page], $"Table 2 page {page + 1} is not landscape.");
            foreach (var header in TestManuscript.Table2Header)
                Assert.True(pages[page].Contains(header), $"Table 2 page {page + 1} lacks the header '{header}'.");
            Assert.Contains("Table 2: " + TestManuscript.Table2Caption, pages[page]);
            Assert.Equal(page != tablePages[0], pages[page].Contains("(continued)"));
        }
        foreach (var marker in markers)
            Assert.Single(Regex.Matches(all, Regex.Escape(marker) + @"\b"));

        Assert.Single(Regex.Matches(all, Regex.Escape(TestManuscript.NoteStart)));
        Assert.True(all.IndexOf(TestManuscript.NoteStart, StringComparison.Ordinal)
                    > all.IndexOf(markers[^1], StringComparison.Ordinal), "The note should follow the last row.");
        Assert.Contains(TestManuscript.NoteStart, pages[tablePages[^1]] + (tablePages[^1] + 1 < pages.Count ? pages[tablePages[^1] + 1] : ""));
    }

    /// <summary>Read-back spaces words in table columns freely; one space between words is what we compare.</summary>
    private static string Normalise(string text) => Whitespace().Replace(text, " ");

    private static string PreambleTemplatePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "..", "templates", "latex-preamble.sbn"));

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}
