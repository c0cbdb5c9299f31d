using System.Globalization;
using System.Xml.Linq;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Pdf;
using ReportGen.Tests.Build;
using ReportGen.Tests.Rendering.Latex;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>The shipped review's PDFs as ReportGen writes them, read back with PdfPig.</summary>
public class PdfOutputTests(ShippedOutputFolder folder) : IClassFixture<ShippedOutputFolder>
{
    private static readonly PdfOptions Defaults = new();

    public static TheoryData<string> Documents => ["manuscript.pdf", "table2.pdf", "abbreviations.pdf"];
    public static TheoryData<string> DocumentsWithTable2 => ["manuscript.pdf", "table2.pdf"];
    public static TheoryData<string> AllPdfs => ["manuscript.pdf", "table2.pdf", "abbreviations.pdf", "prisma.pdf"];

    private static PdfDocument Open(string name) => PdfDocument.Open(BuiltReview.Shipped.Files[name]);

    private static List<string> SqueezedPages(PdfDocument document) =>
        document.GetPages().Select(p => ExtractedText.Squeezed(p.Text)).ToList();

    private static Table2Expectations Table2 => Table2Expectations.From(BuiltReview.Shipped.Text("table2.md"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Pages_AreA4Portrait_AndTable2sPagesA4Landscape(string name)
    {
        using var document = Open(name);
        var (width, height) = (Defaults.PageSize.Width, Defaults.PageSize.Height);
        var landscapePages = 0;
        foreach (var page in document.GetPages())
        {
            var landscape = ExtractedText.Squeezed(page.Text).Contains(Table2.Caption, StringComparison.Ordinal);
            landscapePages += landscape ? 1 : 0;
            Assert.Equal(0, page.Rotation.Value);
            Assert.Equal(landscape ? (height, width) : (width, height), (Math.Round(page.Width), Math.Round(page.Height)));
        }
        Assert.Equal(name != "abbreviations.pdf", landscapePages >= 2);
    }

    /// <summary>
    /// The page number is the one thing set in a margin: centred in the bottom one. Across the page a word is
    /// measured by its advances, where the layout puts it: an italic "f" at a line end may overhang by its ink, as in print.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryWord_LiesInsideTheMargins_ButThePageNumberCentredBelow(string name)
    {
        const double Slack = 0.5;
        var margins = Defaults.Margins;
        using var document = Open(name);
        foreach (var page in document.GetPages())
        {
            var pageNumbers = 0;
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                if (IsPageNumber(page, word))
                {
                    pageNumbers++;
                    continue;
                }
                var left = word.Letters.Min(l => l.StartBaseLine.X);
                var right = word.Letters.Max(l => l.EndBaseLine.X);
                Assert.True(left >= margins.Left - Slack && right <= page.Width - margins.Right + Slack
                            && box.Bottom >= margins.Bottom - Slack && box.Top <= page.Height - margins.Top + Slack,
                    $"{name} page {page.Number}: '{word.Text}' at x {left:0.#}–{right:0.#}, y {box.Bottom:0.#}–{box.Top:0.#} is in a margin.");
            }
            Assert.Equal(1, pageNumbers);
        }
    }

    private static bool IsPageNumber(Page page, Word word) =>
        word.Text == page.Number.ToString(CultureInfo.InvariantCulture)
        && word.BoundingBox.Top < Defaults.Margins.Bottom
        && Math.Abs(word.BoundingBox.Centroid.X - page.Width / 2) < 1;

    [Theory]
    [MemberData(nameof(DocumentsWithTable2))]
    public void Table2_HasCaptionAndHeaderOnEveryPage_ContinuedAfterTheFirst_AndTheNoteOnceAfterTheLastRow(string name)
    {
        using var document = Open(name);

        Table2.AssertRenderedIn(SqueezedPages(document), name);
    }

    /// <summary>A header word broken inside ("Countr" / "y") means its column is too narrow for it.</summary>
    [Theory]
    [MemberData(nameof(DocumentsWithTable2))]
    public void Table2_HeaderWordsAreWhole(string name)
    {
        using var document = Open(name);
        var tablePages = document.GetPages().Where(p => ExtractedText.Squeezed(p.Text).Contains(Table2.Caption, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(tablePages);
        Assert.All(tablePages, page =>
        {
            var words = page.GetWords().Select(w => w.Text).ToHashSet();
            Assert.All(Table2.HeaderWords, word => Assert.Contains(word, words));
        });
    }

    [Fact]
    public void Manuscript_FigureCountsAreTextOnTheFiguresPage()
    {
        using var document = Open("manuscript.pdf");

        var figurePage = Assert.Single(SqueezedPages(document), p => p.Contains(FigureCounts.Caption, StringComparison.Ordinal));

        Assert.All(FigureCounts.Shipped, count => Assert.Contains(count, figurePage));
    }

    [Fact]
    public void Prisma_IsOnePageTheSizeTheSvgDeclares_WithTheCountsAsText()
    {
        var svg = XDocument.Parse(BuiltReview.Shipped.Text("prisma.svg")).Root!;
        double Points(string attribute) => double.Parse(svg.Attribute(attribute)!.Value.Replace("pt", ""), CultureInfo.InvariantCulture);
        using var document = Open("prisma.pdf");

        var page = Assert.Single(document.GetPages());

        // Skia writes page sizes in whole points.
        Assert.Equal(Points("width"), page.Width, 1.0);
        Assert.Equal(Points("height"), page.Height, 1.0);
        Assert.All(FigureCounts.Shipped, count => Assert.Contains(count, ExtractedText.Squeezed(page.Text)));
    }

    /// <summary>Text is searchable and copies as letters: no ligature reads back as a presentation form such as U+FB01 "ﬁ".</summary>
    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Text_HasNoLigatureCharacters(string name)
    {
        using var document = Open(name);

        Assert.All(document.GetPages(), page =>
            Assert.DoesNotContain(page.Letters, letter => letter.Value.Any(c => c is >= '\uFB00' and <= '\uFB06')));
    }

    /// <summary>"fi" and "fl" are set as ligatures, one glyph each, and still read back as two letters.</summary>
    [Fact]
    public void Manuscript_SetsLigaturesThatReadBackAsLetters()
    {
        using var document = Open("manuscript.pdf");
        var letters = document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).ToList();
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.Contains(letters, letter => letter is "fi" or "fl");
        Assert.Contains("identified", words);
    }

    /// <summary>The fonts are cut down to the characters the documents use; none of those may be left without a glyph.</summary>
    [Fact]
    public void Build_FindsAGlyphForEveryCharacter()
    {
        Assert.DoesNotContain(BuiltReview.Shipped.Diagnostics, d => d.Code == ReportGen.Rendering.Pdf.PdfCodes.MissingGlyph);
    }

    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Fonts_AreAllEmbedded(string name)
    {
        var fonts = PdfText.Fonts(folder[name]);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded in {name}."));
    }

    /// <summary>
    /// The "subset" flag only reads the name's "ABCDEF+" tag, so the programs themselves are measured too:
    /// a subset holds the glyphs of the few hundred characters used, far less than half of any font file it could
    /// have come from.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Fonts_AreSubsets(string name)
    {
        var fonts = FontLocator.FindSerif();
        Assert.NotNull(fonts);
        var smallestSource = new[] { fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic }
            .Concat(fonts.Fallbacks).Append(FontLocator.FindMonospace()).OfType<string>()
            .Min(file => new FileInfo(file).Length);
        using var document = Open(name);

        var programs = PdfStructure.FontProgramLengths(document);

        Assert.All(PdfText.Fonts(folder[name]), font => Assert.True(font.Subset, $"{font.Name} is not marked as a subset in {name}."));
        Assert.NotEmpty(programs);
        Assert.All(programs, length => Assert.True(length < smallestSource / 2,
            $"{name} embeds a font program of {length} bytes; the smallest font file it could come from has {smallestSource}."));
    }
}
