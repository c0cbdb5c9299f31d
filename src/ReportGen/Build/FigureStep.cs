using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Svg;
using ReportGen.Templating;

namespace ReportGen.Build;

/// <summary>Figure 1, the PRISMA flow diagram: the words of its boxes from prisma.sbn, laid out and drawn as SVG.</summary>
internal static class FigureStep
{
    public static string? Draw(Review review, BuildOptions options, TemplateRunner templates, DiagnosticBag diagnostics)
    {
        var fonts = FontLocator.FindSerif();
        if (fonts is null)
        {
            diagnostics.Error(review.Flow.File, 0, 0, PdfCodes.NoFont,
                "no serif font was found to measure the flow diagram's text (looked in " +
                string.Join(", ", FontLocator.SearchFolders) + ")",
                "Install one (on Debian: apt-get install fonts-dejavu-core) or set REPORTGEN_FONT to a .ttf or .otf file.");
            return null;
        }
        var boxTexts = PrismaBoxTexts.Render(Path.Combine(options.TemplatesDirectory, ReportBuilder.PrismaTemplate), review.Flow, diagnostics, templates);
        if (boxTexts is null) return null;
        using var measurer = new SkiaTextMeasurer(fonts);
        // Laid out for the page's text width, so that no writer has to scale it down below its font size.
        var page = WriterStep.PdfOptionsFor(review.Info);
        var layout = new PrismaLayoutOptions().FittedTo(page.Margins.Body(page.PageSize).Width, PrismaBoxes.Of(review.Flow));
        return PrismaSvgWriter.Write(PrismaLayout.Create(review.Flow, boxTexts, measurer, layout));
    }
}
