using ReportGen.Diagnostics;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Runs the document templates: read only from real files inside the templates folder, with includes from that
/// folder alone, their output escaped as Markdown, and every problem a diagnostic at the template's own file, line and
/// column (see <see cref="TemplateRunner"/>).
/// </summary>
internal sealed class TemplateEngine(string templatesDirectory, string displayDirectory, TemplateRunner runner)
{
    public TemplateEngine(string templatesDirectory, string displayDirectory, TemplateLimits limits)
        : this(templatesDirectory, displayDirectory, new TemplateRunner(limits))
    {
    }

    /// <summary>Renders <paramref name="templateName"/> (relative to the templates folder) with the given globals.</summary>
    /// <param name="claims">Records the numbers the document states from the data; its markers are gone from the result.</param>
    /// <param name="document">What the run records for its document (abbreviations spelt out), for the build to read afterwards.</param>
    public string? Render(string templateName, IScriptObject globals, DiagnosticBag diagnostics, Claims.ClaimRecorder? claims = null,
        DocumentState? document = null)
    {
        var path = Path.Combine(templatesDirectory, templateName);
        var display = DisplayPath(templateName);
        if (!File.Exists(path))
        {
            diagnostics.Error(display, 0, 0, TemplateCodes.MissingTemplate, "the template file is missing.",
                "Restore it from the shipped templates/ folder, or point --templates at a folder that has it.");
            return null;
        }
        if (!SandboxedTemplateLoader.IsInside(templatesDirectory, Path.GetFullPath(path)))
        {
            diagnostics.Error(display, 0, 0, TemplateCodes.OutsideTemplates,
                "the template is a symbolic link (or lies under one); templates are read only from real files inside the templates folder.",
                "Replace the link with a copy of the file it points to.");
            return null;
        }

        if (TemplateFile.Read(path, templatesDirectory, display, diagnostics) is not { } text) return null;
        return runner.Run(new TemplateJob(text, path, globals)
        {
            Loader = new SandboxedTemplateLoader(templatesDirectory),
            EscapesMarkdown = true,
            Claims = claims,
            Document = document,
            Display = file => string.IsNullOrEmpty(file)
                ? displayDirectory
                : DisplayPath(Path.GetRelativePath(templatesDirectory, file)),
        }, diagnostics);
    }

    private string DisplayPath(string relative) =>
        Path.Combine(displayDirectory, relative).Replace('\\', '/');
}
