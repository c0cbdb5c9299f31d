using ReportGen.Diagnostics;
using ReportGen.Verification;

namespace ReportGen.Build;

/// <summary>
/// <c>reportgen verify FILE</c>: generates the review's documents in memory with the build's own steps (the flow checks,
/// the figure, the claims), reads the manuscript and verifies it against them. Nothing is written.
/// </summary>
internal static class ManuscriptCheck
{
    /// <summary>The findings; the data's and templates' errors instead, when the review cannot be generated.</summary>
    public static IReadOnlyList<Diagnostic> Run(
        string manuscript, string dataDirectory, string templatesDirectory, DiagnosticBag diagnostics,
        bool prismaErrorsAsWarnings = false, BuildCache? cache = null)
    {
        var options = new BuildOptions(BuildCommand.Check, dataDirectory, templatesDirectory, "", prismaErrorsAsWarnings);
        // The review's own warnings (a reference without pages, an unused abbreviation) are the build's to report, not verify's.
        var generating = new DiagnosticBag();
        var generated = ReportBuilder.Generate(options, generating, NoBuildProgress.Instance, cache);
        foreach (var error in generating.Items.Where(d => d.Severity == Severity.Error)) diagnostics.Add(error);
        if (generated is null) return [];
        if (ManuscriptReader.Read(manuscript, diagnostics) is not { } input) return [];
        var documents = generated.Documents.Select(d => new GeneratedText(d.Name, d.Markdown, d.Claims)).ToList();
        var findings = ManuscriptVerifier.Verify(input, documents, generated.Review, generated.Figure.Layout, generated.Figure.Claims);
        foreach (var finding in findings) diagnostics.Add(finding);
        return findings;
    }
}
