using Scriban.Runtime;
using ReportGen.Diagnostics;
using ReportGen.Templating;

namespace ReportGen.Rendering.Latex;

/// <summary>
/// Renders the user-editable preamble template (templates/latex-preamble.sbn). It sees
/// <c>packages</c> (each with <c>name</c> and <c>options</c>), <c>title</c>, <c>author</c> and <c>date</c>
/// (already escaped for LaTeX), and <c>language</c> (a babel language name).
/// </summary>
internal static class LatexPreamble
{
    private static readonly Dictionary<string, string> BabelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "english", ["en-US"] = "american", ["en-GB"] = "british", ["en-CA"] = "canadian",
        ["en-AU"] = "australian", ["de"] = "ngerman", ["fr"] = "french", ["es"] = "spanish", ["it"] = "italian",
        ["pt"] = "portuguese", ["pt-BR"] = "brazilian", ["nl"] = "dutch", ["sv"] = "swedish", ["da"] = "danish",
        ["nb"] = "norsk", ["no"] = "norsk", ["fi"] = "finnish", ["pl"] = "polish",
    };

    /// <summary>Runs the preamble template with <paramref name="runner"/>, the build's one runner (its limits, codes and hints).</summary>
    public static string? Render(
        string templateText, string templatePath, IReadOnlyList<LatexPackage> packages,
        IReadOnlyDictionary<string, string> metadata, DiagnosticBag diagnostics, TemplateRunner runner)
    {
        var output = runner.Run(new TemplateJob(templateText, templatePath, Globals(templatePath, packages, metadata, diagnostics))
        {
            VariablesHint = "The preamble template can use packages (name, options), title, author, date, language and layout.",
        }, diagnostics);
        if (output is null) return null;

        if (!output.Contains(@"\begin{document}", StringComparison.Ordinal))
        {
            diagnostics.Error(templatePath, 0, 0, LatexDiagnosticCodes.TemplateWithoutDocument,
                @"the LaTeX preamble template never writes \begin{document}; the body would have nowhere to go",
                @"End the template with \begin{document} (and \maketitle if you want a title block).");
            return null;
        }
        return output;
    }

    private static ScriptObject Globals(
        string templatePath, IReadOnlyList<LatexPackage> packages, IReadOnlyDictionary<string, string> metadata,
        DiagnosticBag diagnostics)
    {
        var list = new ScriptArray();
        foreach (var package in packages)
            list.Add(new ScriptObject { ["name"] = package.Name, ["options"] = package.Options });

        // The metadata has no lines of its own; characters without a LaTeX form are reported against the template.
        var unused = new LatexPackageSet();
        string Text(string key) =>
            metadata.TryGetValue(key, out var value)
                ? LatexEscaper.Escape(value, TextStyle.Prose, unused, (_, rune) =>
                    diagnostics.Warning(templatePath, 0, 0, LatexDiagnosticCodes.UnmappedCharacter,
                        $"the metadata value '{key}' holds the character {LatexUnicode.Describe(rune)}, which has no form that pdflatex can set; it was replaced with '?'",
                        "Replace the character in the metadata with plain text."))
                : "";

        return new ScriptObject
        {
            ["packages"] = list,
            ["title"] = Text("title"),
            // review.csv calls the key "authors" (data/README.md); "author" is read when it is absent.
            ["author"] = Text(metadata.ContainsKey("authors") ? "authors" : "author"),
            ["date"] = Text("date"),
            ["language"] = Language(templatePath, metadata, diagnostics),
            // "draft" or "submission" (review.csv's layout): the template loads setspace and lineno for a submission.
            ["layout"] = metadata.TryGetValue("layout", out var layout) && layout.Trim().Equals("submission", StringComparison.OrdinalIgnoreCase)
                ? "submission" : "draft",
        };
    }

    private static string Language(string templatePath, IReadOnlyDictionary<string, string> metadata, DiagnosticBag diagnostics)
    {
        if (!metadata.TryGetValue("language", out var language) || language.Length == 0) return "english";
        if (BabelNames.TryGetValue(language, out var babel)) return babel;
        if (BabelNames.ContainsValue(language.ToLowerInvariant())) return language.ToLowerInvariant();
        diagnostics.Warning(templatePath, 0, 0, LatexDiagnosticCodes.UnknownLanguage,
            $"the language '{language}' is not one the LaTeX writer knows; English hyphenation is used",
            "Give the language as a code such as en, en-GB, de or fr, or as a babel name such as british.");
        return "english";
    }
}
