using ReportGen.Diagnostics;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Templating;

/// <summary>
/// A temporary copy of the shipped templates folder, named "templates", that one test breaks before building the
/// shipped data with it. Diagnostics are read with the temporary root removed: "templates/partials/x.sbn:3:4: …".
/// </summary>
internal sealed class ShippedTemplatesCopy : IDisposable
{
    public ShippedTemplatesCopy()
    {
        Root = Directory.CreateTempSubdirectory("reportgen-shipped-templates-").FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Folder, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Root { get; }

    public string Folder => Path.Combine(Root, "templates");

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    /// <summary>
    /// Replaces text that occurs exactly once in <paramref name="file"/> and returns the 1-based line and column
    /// where the new text starts, so a test knows where the error it planted is.
    /// </summary>
    public (int Line, int Column) Replace(string file, string oldText, string newText)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' does not occur exactly once in {file}");
        File.WriteAllText(path, text.Remove(at, oldText.Length).Insert(at, newText));
        var before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>The shipped data built with this copy; the errors (first lines only) with the temporary root removed.</summary>
    public (BuiltReview Build, string[] Errors) Build()
    {
        var build = BuiltReview.Build(RepoPaths.Data, Folder);
        var prefix = Root.Replace('\\', '/') + "/";
        var errors = build.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => d.ToString().Split('\n')[0].Replace(prefix, "", StringComparison.Ordinal))
            .ToArray();
        return (build, errors);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
