using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Serves <c>include</c> from the templates folder only: absolute paths, paths that climb out
/// of the folder (<c>../../etc/passwd</c>) and symbolic links are refused, so a template can read nothing else.
/// </summary>
internal sealed class SandboxedTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string _root = FullFolderPath(templatesDirectory);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains('\\'))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' is not allowed: name a file inside the templates folder with a relative path such as 'partials/table2-rows.sbn'.");

        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!IsInside(_root, full))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' points outside the templates folder or through a symbolic link; templates may only include real files inside it.");
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the templates folder.");
        return full;
    }

    /// <summary>
    /// Whether <paramref name="fullPath"/> lies inside <paramref name="root"/> without passing through a symbolic link
    /// below it: a link could point anywhere (a shared templates folder could carry one to ~/.ssh), so none is followed.
    /// </summary>
    public static bool IsInside(string root, string fullPath)
    {
        root = FullFolderPath(root);
        if (!fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return false;
        for (var path = fullPath; path.Length > root.Length; path = Path.GetDirectoryName(path)!)
        {
            if (new FileInfo(path).LinkTarget is not null) return false;
        }
        return true;
    }

    /// <summary>Without a trailing separator, so that "--templates templates/" works like "--templates templates".</summary>
    private static string FullFolderPath(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        TemplateFile.Load(templatePath, _root, callerSpan);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
