using ReportGen.Tests.Build;
using ReportGen.Tests.Rendering.Latex;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// The shipped review's manuscript.tex and table2.tex, compiled as a user would (prisma.pdf beside them), with
/// pdflatex and lualatex; the PDFs read back with PdfPig. Needs TeX Live; skipped without it (see ExternalTool).
/// </summary>
public class LatexOutputTests(ShippedLatexFixture latex) : IClassFixture<ShippedLatexFixture>
{
    public static TheoryData<string, string> EnginesAndDocuments()
    {
        var data = new TheoryData<string, string>();
        foreach (var engine in new[] { "pdflatex", "lualatex" })
            foreach (var document in CompiledLatex.Documents)
                data.Add(engine, document);
        return data;
    }

    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Compile_PrintsEveryCharacter(string engine, string document)
    {
        var log = latex.For(engine).Log(document);

        Assert.DoesNotContain("Missing character", log);
        Assert.DoesNotContain("LaTeX Error", log);
    }

    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Table2_HasNoOverfullLineWiderThanOnePoint(string engine, string document)
    {
        var compiled = latex.For(engine);
        var tables = TexTools.LongtableLines(compiled.Tex(document));
        Assert.Single(tables);

        var overfull = TexTools.OverfullBoxes(compiled.Log(document))
            .Where(box => box.Points > 1 && tables.Any(t => box.FirstLine <= t.Last && box.LastLine >= t.First))
            .ToList();

        Assert.True(overfull.Count == 0, "Overfull lines in Table 2: " + string.Join(", ", overfull));
    }

    /// <summary>Nowhere else either: the reference list's DOIs break like URLs.</summary>
    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Document_HasNoOverfullLineWiderThanOnePoint(string engine, string document)
    {
        var overfull = TexTools.OverfullBoxes(latex.For(engine).Log(document)).Where(box => box.Points > 1).ToList();

        Assert.True(overfull.Count == 0, "Overfull lines (pt, from line, to line): " + string.Join(", ", overfull));
    }

    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Table2_IsLandscapeWithCaptionAndHeaderOnEveryPageAndTheNoteOnceAfterTheLastRow(string engine, string document)
    {
        var pdf = latex.For(engine).Pdf(document);
        var pages = PdfText.RawPageTexts(pdf).Select(p => ExtractedText.Squeezed(ExtractedText.Dehyphenated(p))).ToList();
        var landscape = PdfText.PagesInLandscape(pdf);
        Assert.Equal(pages.Count, landscape.Count);

        var tablePages = Table2Expectations.From(BuiltReview.Shipped.Text("table2.md")).AsTexPrintsThem().AssertRenderedIn(pages, $"{engine} {document}.pdf");

        Assert.All(tablePages, page => Assert.True(landscape[page], $"Table 2 page {page + 1} is not landscape."));
        Assert.All(Enumerable.Range(0, pages.Count).Except(tablePages), page => Assert.False(landscape[page], $"Page {page + 1} is landscape but holds no part of Table 2."));
    }

    /// <summary>The caption spans the table's width: "(continued)" is not wrapped onto a line of its own.</summary>
    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Table2_CaptionIsOneLineOnEveryPage(string engine, string document)
    {
        var caption = Table2Expectations.From(BuiltReview.Shipped.Text("table2.md")).AsTexPrintsThem().Caption;
        var lines = PdfText.PageTexts(latex.For(engine).Pdf(document))
            .Select(page => page.Split('\n').Select(ExtractedText.Squeezed).ToList())
            .Where(page => page.Any(line => line.Contains(Table2Expectations.Label.Replace(" ", "") + ":", StringComparison.Ordinal)))
            .ToList();

        Assert.True(lines.Count >= 2);
        Assert.Single(lines[0], line => line.EndsWith(caption, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), page => Assert.Single(page, line => line.EndsWith(caption + Table2Expectations.Continued, StringComparison.Ordinal)));
    }

    /// <summary>A header word hyphenated ("Coun-" / "try") means its column is too narrow for it.</summary>
    [Theory]
    [MemberData(nameof(EnginesAndDocuments))]
    public void Table2_HeaderWordsAreWhole(string engine, string document)
    {
        var table2 = Table2Expectations.From(BuiltReview.Shipped.Text("table2.md")).AsTexPrintsThem();
        var tablePages = PdfText.RawPageTexts(latex.For(engine).Pdf(document))
            .Where(page => ExtractedText.Squeezed(ExtractedText.Dehyphenated(page)).Contains(table2.Caption, StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(tablePages);
        Assert.All(tablePages, page =>
        {
            var words = page.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            Assert.All(table2.HeaderWords, word => Assert.Contains(word, words));
        });
    }

    [Theory]
    [InlineData("pdflatex")]
    [InlineData("lualatex")]
    public void Manuscript_FigureCountsAreTextOnTheFiguresPage(string engine)
    {
        var pages = PdfText.RawPageTexts(latex.For(engine).Pdf("manuscript")).Select(ExtractedText.Squeezed).ToList();

        var figurePage = Assert.Single(pages, p => p.Contains(FigureCounts.Caption, StringComparison.Ordinal));

        Assert.All(FigureCounts.Shipped, count => Assert.Contains(count, figurePage));
    }
}
