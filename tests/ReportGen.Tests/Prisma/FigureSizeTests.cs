using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;
using ReportGen.Tests.Build;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Prisma;

/// <summary>Figure 1 is laid out for the page, not scaled down to it: its text prints at the figure's own size.</summary>
public class FigureSizeTests
{
    [Fact]
    public void FittedTo_NarrowsTheBoxesSoTheDrawingFitsTheWidth_AndNeverWidensThem()
    {
        var options = new PrismaLayoutOptions();
        var bothArms = new PrismaBoxes(OtherArm: true, PreviousArm: false, IdentifiedTotal: null);

        var fitted = options.FittedTo(451, bothArms);

        var width = 2 * options.Margin + options.BandWidth + options.BandGap + 4 * fitted.BoxWidth + 2 * options.SideGap + options.ArmGap;
        Assert.InRange(width, 447, 451);
        Assert.Equal(options.BoxWidth, options.FittedTo(2000, bothArms).BoxWidth);
        Assert.Equal(PrismaLayoutOptions.NarrowestBox, options.FittedTo(100, bothArms).BoxWidth);
    }

    /// <summary>Journals ask for at least 8 pt in figures; the figure was once scaled to about 6.7 pt.</summary>
    [Fact]
    public void Manuscript_FigureTextIsAtLeastEightPointAsPrinted()
    {
        using var pdf = PdfDocument.Open(BuiltReview.Shipped.Files["manuscript.pdf"]);
        var page = pdf.GetPages().Single(p => string.Concat(p.GetWords().Select(w => w.Text)).Contains("Recordsscreened", StringComparison.Ordinal));
        var boxWords = page.GetWords().Where(w => w.Text is "Records" or "screened" or "retrieval" or "eligibility").ToList();

        Assert.True(boxWords.Count >= 6, $"only {boxWords.Count} of the figure's words were found");
        // The size as printed: the font size with the figure's scaling applied (PdfPig's point size).
        Assert.All(boxWords, w => Assert.True(w.Letters.Min(l => l.PointSize) >= 8.0,
            $"'{w.Text}' prints at {w.Letters.Min(l => l.PointSize):0.0} pt, below 8 pt."));
    }

    [Fact]
    public void StepBoxes_AreAllLeftAligned_AsInThePrisma2020Template()
    {
        var counts = FlowCountsBuilder.With();
        var texts = PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, counts, new ReportGen.Diagnostics.DiagnosticBag())!;
        var figure = PrismaLayout.Create(counts, texts, new FakeTextShaper());

        Assert.All(figure.Boxes.Where(b => b.Kind == PrismaBoxKind.Step), box => Assert.Equal(PrismaAlign.Left, box.Align));
    }
}
