using System.Text;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.EndToEnd;

/// <summary>
/// A temporary folder holding copies of the shipped data and templates, where one test runs the command line
/// and breaks its copies (never the repository's). Paths are relative to it, as the diagnostics print them.
/// </summary>
internal sealed class ReviewWorkspace : IDisposable
{
    public ReviewWorkspace(string dataFolder = "data", string templatesFolder = "templates")
    {
        Root = Directory.CreateTempSubdirectory("reportgen-e2e-").FullName;
        CopyFolder(RepoPaths.Data, PathOf(dataFolder));
        CopyFolder(RepoPaths.Templates, PathOf(templatesFolder));
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public CliResult Run(params string[] args) => CliProcess.Run(Root, args);

    public CliProcess Start(params string[] args) => CliProcess.Start(Root, args);

    /// <summary>The names directly inside the workspace, hidden ones included, in ordinal order.</summary>
    public string[] Entries() =>
        [.. Directory.EnumerateFileSystemEntries(Root).Select(entry => Path.GetFileName(entry)).Order(StringComparer.Ordinal)];

    /// <summary>Rewrites a UTF-8 text file (written back without a byte order mark, as the shipped files are).</summary>
    public void Edit(string relativePath, Func<string, string> change)
    {
        var path = PathOf(relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)), new UTF8Encoding(false));
    }

    /// <summary>Replaces text that must occur exactly once, so that a change to the shipped files cannot void a test.</summary>
    public void Replace(string relativePath, string oldText, string newText) => Edit(relativePath, text =>
    {
        var at = IndexOfOnly(text, oldText, relativePath);
        return string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
    });

    /// <summary>As <see cref="Replace"/>, on the file's bytes: for writing bytes that are not UTF-8.</summary>
    public void ReplaceBytes(string relativePath, byte[] oldBytes, byte[] newBytes)
    {
        var path = PathOf(relativePath);
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf(oldBytes);
        if (at < 0 || bytes.AsSpan(at + 1).IndexOf(oldBytes) >= 0)
            throw new InvalidOperationException($"the bytes do not occur exactly once in {relativePath}");
        File.WriteAllBytes(path, [.. bytes[..at], .. newBytes, .. bytes[(at + oldBytes.Length)..]]);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int IndexOfOnly(string text, string part, string file)
    {
        var first = text.IndexOf(part, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(part, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{part}' does not occur exactly once in {file}");
        return first;
    }
}
