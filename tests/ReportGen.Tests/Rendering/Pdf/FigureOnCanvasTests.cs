using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;
using ReportGen.Tests.Prisma;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>The flow diagram drawn from its layout straight onto the PDF canvas (no SVG in between), read back with PdfPig.</summary>
public class FigureOnCanvasTests
{
    private static PrismaFigure Figure()
    {
        using var shaper = TextFonts.Open(fontFile: null, characters: null, new DiagnosticBag(), "test");
        Assert.NotNull(shaper);
        return PrismaLayoutTests.Figure("all-arms.csv", shaper);
    }

    /// <summary>Laid out for the text width, as a build lays it out, so the page draws it at its own size.</summary>
    private static PrismaFigure FittedFigure(double width)
    {
        using var shaper = TextFonts.Open(fontFile: null, characters: null, new DiagnosticBag(), "test");
        Assert.NotNull(shaper);
        var bag = new DiagnosticBag();
        var counts = ReportGen.Data.FlowCsvReader.Read(PrismaFiles.TestFile("review-flow.csv"), bag)!;
        var texts = ReportGen.Templating.PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, counts, bag)!;
        var options = new PrismaLayoutOptions().FittedTo(width, ReportGen.Analysis.PrismaBoxes.Of(counts));
        return PrismaLayout.Create(counts, texts, shaper, options);
    }

    private static byte[] WriteFigure(PrismaFigure figure, PdfOptions options, DiagnosticBag diagnostics)
    {
        using var stream = new MemoryStream();
        PdfWriter.WriteFigure(figure, "prisma.svg", stream, options, diagnostics);
        return stream.ToArray();
    }

    private static IEnumerable<PrismaBox> TextBoxes(PrismaFigure figure) =>
        figure.Boxes.Where(b => b.Kind is PrismaBoxKind.Step or PrismaBoxKind.Header && b.Lines.Count > 0);

    [Fact]
    public void WriteFigure_DrawsOnePageOfTheFiguresSize_WithEveryLinesWordsAsTextInsideItsBox()
    {
        var figure = Figure();
        var diagnostics = new DiagnosticBag();
        var pdf = WriteFigure(figure, PdfTestFiles.Options, diagnostics);

        Assert.Empty(diagnostics.Items);
        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        // Skia writes page sizes in whole points.
        Assert.Equal(figure.Width, page.Width, 1.0);
        Assert.Equal(figure.Height, page.Height, 1.0);
        var words = page.GetWords().ToList();
        foreach (var box in TextBoxes(figure))
            foreach (var token in box.Lines.SelectMany(l => l.Text.Split(' ')))
                Assert.True(words.Any(w => w.Text == token && Inside(box.Bounds, w, page.Height, dx: 0, dy: 0)),
                    $"{box.Name}: '{token}' is not drawn as text inside the box");
    }

    [Fact]
    public void Write_DocumentWithALaidOutFigure_DrawsItUnscaledFromTheLayout_WithoutAnySvg()
    {
        var figure = FittedFigure(PdfTestFiles.Options.Margins.Body(PdfTestFiles.Options.PageSize).Width);
        // No SVG anywhere: not in Images, and the base folder has no prisma.svg, so only the layout can be drawn.
        var options = PdfTestFiles.Options with
        {
            BaseDirectory = Path.GetTempPath(),
            Figures = new Dictionary<string, PrismaFigure> { ["prisma.svg"] = figure },
        };
        var markdown = "Text before the figure.\n\n^^^\n![PRISMA 2020 flow diagram](prisma.svg)\n^^^ Figure 1. Flow\n";
        var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse(markdown), options, out var diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(options.PageSize.Width, page.Width, 0.5);
        var words = page.GetWords().ToList();
        // The figure is one translation of its layout (it fits the text width, so it is not scaled): each "Records" on
        // the page is tried as box2's first word, and one of them must put every box's words inside that box.
        var anchorBox = figure.Box("box2")!;
        var anchorToken = anchorBox.Lines[0].Text.Split(' ')[0];
        var offsets = words.Where(w => w.Text == anchorToken)
            .Select(w => (Dx: w.BoundingBox.Left - anchorBox.Lines[0].Left, Dy: page.Height - w.BoundingBox.Top - anchorBox.Lines[0].Top))
            .Where(o => TextBoxes(figure).All(box => box.Lines.SelectMany(l => l.Text.Split(' '))
                .All(token => words.Any(w => w.Text == token && Inside(box.Bounds, w, page.Height, o.Dx, o.Dy)))))
            .ToList();
        var offset = Assert.Single(offsets);
        // Centred in the text width, and below the paragraph before it.
        var body = options.Margins.Body(options.PageSize);
        Assert.Equal(body.X + (body.Width - figure.Width) / 2, offset.Dx, 1.0);
        Assert.True(offset.Dy > body.Y, "the figure starts above the text before it");
    }

    [Fact]
    public void WriteFigure_AndDocuments_AreTheSameBytesEachTime()
    {
        var figure = Figure();
        Assert.Equal(WriteFigure(figure, PdfTestFiles.Options, new DiagnosticBag()), WriteFigure(Figure(), PdfTestFiles.Options, new DiagnosticBag()));
        var options = PdfTestFiles.Options with { Figures = new Dictionary<string, PrismaFigure> { ["prisma.svg"] = figure } };
        var markdown = MarkdownDocumentParser.Parse("^^^\n![Flow](prisma.svg)\n^^^ Figure 1. Flow\n");
        Assert.Equal(PdfTestFiles.Write(markdown, options, out _), PdfTestFiles.Write(markdown, options, out _));
    }

    [Fact]
    public void WriteFigure_WithAFontFileThatIsNotAFont_IsRG406AtThatFile()
    {
        var notAFont = PrismaFiles.Temp("these are notes, not a font", ".ttf");
        try
        {
            var diagnostics = new DiagnosticBag();
            var pdf = WriteFigure(Figure(), PdfTestFiles.Options with { FontFile = notAFont }, diagnostics);
            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(("RG406", notAFont), (error.Code, error.File));
            Assert.Empty(pdf);
        }
        finally { File.Delete(notAFont); }
    }

    /// <summary>Whether the word's centre lies inside the box moved by (dx, dy); PdfPig's y runs up from the page's foot.</summary>
    private static bool Inside(FigureRect box, Word word, double pageHeight, double dx, double dy)
    {
        var x = (word.BoundingBox.Left + word.BoundingBox.Right) / 2 - dx;
        var y = pageHeight - (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2 - dy;
        return x > box.X && x < box.Right && y > box.Y && y < box.Bottom;
    }
}
