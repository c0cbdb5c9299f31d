using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Serves <c>include</c> from the templates folder only: absolute paths and paths that climb out
/// of the folder (<c>../../etc/passwd</c>) are refused, so a template can read nothing else.
/// </summary>
internal sealed class SandboxedTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(templatesDirectory);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains('\\'))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' is not allowed: name a file inside the templates folder with a relative path such as 'partials/table2-rows.sbn'.");

        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' points outside the templates folder; templates may only include files inside it.");
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the templates folder.");
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
