using ReportGen.Diagnostics;
using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Svg;
using ReportGen.Rendering.Text;

namespace ReportGen.Build;

/// <summary>
/// The PRISMA figure of a build: its layout, which the PDF and DOCX writers draw directly, and the SVG written as
/// prisma.svg (and shown by the HTML preview).
/// </summary>
internal sealed record FlowDiagram(PrismaFigure Layout, string Svg)
{
    /// <summary>The counts the boxes state, with the flow.csv rows behind each (claims.json's "figure").</summary>
    public IReadOnlyList<Templating.Claims.FigureClaim> Claims { get; init; } = [];

    /// <summary>
    /// Lays the figure out for the page's text width, so that no writer has to scale it down below its font size, with
    /// the text layer's fonts and line breaker; null, with an error, when no usable font is found (RG400, RG406).
    /// </summary>
    public static FlowDiagram? Lay(Review review, IReadOnlyDictionary<string, string> boxTexts, DiagnosticBag diagnostics)
    {
        var page = WriterStep.PdfOptionsFor(review.Info);
        using var shaper = TextFonts.Open(page.FontFile, characters: null, diagnostics, review.Flow.File);
        if (shaper is null) return null;
        var options = new PrismaLayoutOptions().FittedTo(page.Margins.Body(page.PageSize).Width, PrismaBoxes.Of(review.Flow));
        var layout = PrismaLayout.Create(review.Flow, boxTexts, shaper, options);
        return new FlowDiagram(layout, PrismaSvgWriter.Write(layout));
    }
}
