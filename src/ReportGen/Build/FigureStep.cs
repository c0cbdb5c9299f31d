using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Templating.Claims;

namespace ReportGen.Build;

/// <summary>Figure 1, the PRISMA flow diagram: the words of its boxes from prisma.sbn, laid out by the text layer.</summary>
internal static class FigureStep
{
    public static FlowDiagram? Draw(Review review, BuildOptions options, TemplateRunner templates, DiagnosticBag diagnostics)
    {
        var claims = new FigureClaims(review.Flow, ReportBuilder.PrismaTemplate);
        return PrismaBoxTexts.Render(Path.Combine(options.TemplatesDirectory, ReportBuilder.PrismaTemplate), review.Flow, diagnostics, templates, claims) is { } boxTexts
            ? FlowDiagram.Lay(review, boxTexts, diagnostics) is { } figure ? figure with { Claims = claims.Recorded } : null
            : null;
    }
}
