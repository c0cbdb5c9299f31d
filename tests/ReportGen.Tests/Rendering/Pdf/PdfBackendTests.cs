using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;
using ReportGen.Tests.Prisma;
using ReportGen.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// ReportGen's own PDF backend (Pdf/Writer) against Skia's: the same layout must look the same, read back the same,
/// and be chosen only where it can draw everything.
/// </summary>
public class PdfBackendTests
{
    private static PrismaFigure Figure()
    {
        using var shaper = TextFonts.Open(fontFile: null, characters: null, new DiagnosticBag(), "test");
        Assert.NotNull(shaper);
        return PrismaLayoutTests.Figure("all-arms.csv", shaper);
    }

    /// <summary>The sample with its figure laid out by the build (as prisma.svg is), so that no SVG needs Skia.</summary>
    private static PdfOptions WithLaidOutFigure(PdfBackend backend) =>
        PdfTestFiles.Options with { Backend = backend, Figures = new Dictionary<string, PrismaFigure> { ["figure.svg"] = Figure() } };

    private static byte[] WriteFigure(PdfBackend backend)
    {
        using var stream = new MemoryStream();
        Assert.True(PdfWriter.WriteFigure(Figure(), "prisma.svg", stream, PdfTestFiles.Options with { Backend = backend }, new DiagnosticBag()));
        return stream.ToArray();
    }

    public static TheoryData<string> Drawings => ["sample", "figure"];

    private static byte[] Draw(string drawing, PdfBackend backend) =>
        drawing == "sample" ? PdfTestFiles.WriteSample(WithLaidOutFigure(backend)) : WriteFigure(backend);

    [Theory]
    [MemberData(nameof(Drawings))]
    public void OwnBackend_DrawsWhatSkiaDraws_PixelForPixelAt60Dpi(string drawing)
    {
        var own = RasterPages.Of(Draw(drawing, PdfBackend.Own));
        var skia = RasterPages.Of(Draw(drawing, PdfBackend.Skia));

        Assert.Equal(skia.Count, own.Count);
        for (var page = 0; page < own.Count; page++)
        {
            Assert.Equal((skia[page].Width, skia[page].Height), (own[page].Width, own[page].Height));
            var differing = own[page].Pixels.Zip(skia[page].Pixels).Count(p => Math.Abs(p.First - p.Second) > 96);
            var inked = skia[page].Pixels.Count(p => p < 128);
            // The same glyphs at the same places; only anti-aliasing at an edge (a Bézier corner against Skia's conic,
            // a coordinate rounded to four decimals) may differ, never a word, a box or a colour.
            Assert.True(differing <= inked / 200 + 10,
                $"{drawing}, page {page + 1}: {differing} pixels differ strongly between the backends ({inked} inked).");
        }
    }

    [Fact]
    public void OwnBackend_TextReadsBackAsSkiasDoes_LetterForLetterInTheSamePlaces()
    {
        using var own = PdfDocument.Open(PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Own)));
        using var skia = PdfDocument.Open(PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Skia)));
        Assert.Equal(skia.NumberOfPages, own.NumberOfPages);
        foreach (var (ownPage, skiaPage) in own.GetPages().Zip(skia.GetPages()))
        {
            // Letters, not words: how PdfPig groups letters into words depends on how each backend spaces its text objects.
            Assert.Equal(string.Concat(skiaPage.Letters.Select(l => l.Value)), string.Concat(ownPage.Letters.Select(l => l.Value)));
            Assert.All(ownPage.Letters.Zip(skiaPage.Letters), pair =>
            {
                Assert.Equal(pair.Second.StartBaseLine.X, pair.First.StartBaseLine.X, 0.05);
                Assert.Equal(pair.Second.StartBaseLine.Y, pair.First.StartBaseLine.Y, 0.05);
            });
        }
    }

    [Fact]
    public void OwnBackend_SameInput_SameBytes()
    {
        Assert.Equal(PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Own)), PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Own)));
        Assert.Equal(WriteFigure(PdfBackend.Own), WriteFigure(PdfBackend.Own));
    }

    [Fact]
    public void OwnBackend_EmbedsOneSubsetPerFace_WithWidthsAndAUnicodeMap()
    {
        var pdf = PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Own));
        using var document = PdfDocument.Open(pdf);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var type0 = System.Text.RegularExpressions.Regex.Matches(text, @"/Subtype /Type0\n/BaseFont /([A-Z]{6}\+[A-Za-z0-9_-]+)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(type0);
        Assert.Equal(type0.Count, type0.Distinct().Count());
        Assert.Equal(type0.Count, System.Text.RegularExpressions.Regex.Count(text, "/ToUnicode "));
        Assert.Equal(type0.Count, PdfStructure.FontProgramLengths(document).Count);
        Assert.Contains("/Dests <<", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnBackend_IsUsedUnlessAnSvgPictureNeedsSkia()
    {
        // Skia marks each page's tab order (/Tabs /S); the own backend does not.
        static bool DrawnBySkia(byte[] pdf) => System.Text.Encoding.Latin1.GetString(pdf).Contains("/Tabs /S", StringComparison.Ordinal);
        Assert.False(DrawnBySkia(PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Own))));
        Assert.True(DrawnBySkia(PdfTestFiles.WriteSample(WithLaidOutFigure(PdfBackend.Skia))));
        // figure.svg read as an SVG picture: only Skia (through Svg.Skia) can draw it.
        Assert.True(DrawnBySkia(PdfTestFiles.WriteSample()));
    }
}
