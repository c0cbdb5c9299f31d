using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf.Canvas;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>Content set on pages of one size; each section starts on a new page.</summary>
internal sealed record Section(Size PageSize, IElement Content);

internal sealed record Margins(double Top, double Right, double Bottom, double Left)
{
    public static Margins All(double points) => new(points, points, points, points);

    public Rect Body(Size page) => new(Left, Top, page.Width - Left - Right, page.Height - Top - Bottom);
}

/// <summary>
/// Measures, draws and starts a new page until every section is drawn. Content that does not fit on an
/// empty page stops the loop with a diagnostic instead of producing blank pages for ever.
/// </summary>
internal static class PageLoop
{
    public delegate void PageDecoration(ICanvas canvas, int pageNumber, Size pageSize);

    /// <summary>Returns the number of pages drawn.</summary>
    public static int Run(IEnumerable<Section> sections, ICanvas canvas, Margins margins, PageDecoration decorate,
        DiagnosticBag diagnostics, string sourceName)
    {
        var pages = 0;
        foreach (var section in sections)
        {
            var body = margins.Body(section.PageSize);
            while (true)
            {
                var plan = section.Content.Measure(body.Size);
                var noProgress = plan.Kind == SpacePlanKind.PartFits && plan.Size.Height <= SpacePlan.Tolerance;
                if (!plan.Fits || noProgress)
                {
                    diagnostics.Error(sourceName, plan.SourceLine, plan.SourceLine > 0 ? 1 : 0, PdfCodes.NothingFits,
                        $"content does not fit on an empty page (page {pages + 1}): {plan.Reason ?? "it makes no progress"}",
                        "Shorten the content, use the landscape class for a wide table, or give the pages smaller margins.");
                    return pages;
                }
                canvas.BeginPage(section.PageSize);
                pages++;
                section.Content.Draw(canvas, body);
                decorate(canvas, pages, section.PageSize);
                canvas.EndPage();
                if (plan.Kind == SpacePlanKind.AllFits) break;
            }
        }
        return pages;
    }
}
