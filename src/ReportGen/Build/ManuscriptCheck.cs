using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Templating;
using ReportGen.Verification;

namespace ReportGen.Build;

/// <summary>
/// <c>reportgen verify FILE</c>: generates the review's documents in memory, as a build does (with their claims),
/// reads the manuscript and verifies it against them. Nothing is written.
/// </summary>
internal static class ManuscriptCheck
{
    /// <summary>The findings; the data's and templates' errors instead, when the review cannot be generated.</summary>
    public static IReadOnlyList<Diagnostic> Run(string manuscript, string dataDirectory, string templatesDirectory, DiagnosticBag diagnostics)
    {
        var review = ReviewLoader.Load(dataDirectory, diagnostics);
        if (review is null) return [];
        var aggregates = ReviewAnalyzer.Analyze(review);
        var templates = new TemplateEngine(templatesDirectory, templatesDirectory, TemplateLimits.For(review.Size));
        var options = new BuildOptions(BuildCommand.Check, dataDirectory, templatesDirectory, "", PrismaErrorsAsWarnings: true);
        // The review's own warnings (an unused abbreviation) are the build's to report, not verify's.
        var rendering = new DiagnosticBag();
        var rendered = TemplateStep.Render(review, aggregates, templates, options, rendering);
        var documents = rendered is null ? null : TemplateStep.Parse(rendered, rendering);
        foreach (var error in rendering.Items.Where(d => d.Severity == Severity.Error)) diagnostics.Add(error);
        if (documents is null || diagnostics.HasErrors) return [];
        if (ManuscriptReader.Read(manuscript, diagnostics) is not { } input) return [];
        var generated = documents.Select(d => new GeneratedText(d.Name, d.Markdown, d.Claims)).ToList();
        var findings = ManuscriptVerifier.Verify(input, generated, review);
        foreach (var finding in findings) diagnostics.Add(finding);
        return findings;
    }
}
