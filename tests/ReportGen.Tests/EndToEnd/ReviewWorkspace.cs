using System.Text;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.EndToEnd;

/// <summary>
/// A temporary folder holding copies of the shipped data and templates, where one test runs the command line
/// and breaks its copies (never the repository's). Paths are relative to it, as the diagnostics print them.
/// Beside it is the command line's own temporary folder, so that nothing a run leaves there outlives the test.
/// </summary>
internal sealed class ReviewWorkspace : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("reportgen-e2e-").FullName;

    public ReviewWorkspace(string dataFolder = "data", string templatesFolder = "templates")
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Temp);
        CopyFolder(RepoPaths.Data, PathOf(dataFolder));
        CopyFolder(RepoPaths.Templates, PathOf(templatesFolder));
    }

    /// <summary>The working directory of the command lines a test runs.</summary>
    public string Root => Path.Combine(_base, "review");

    /// <summary>The command line's temporary folder (TMPDIR).</summary>
    public string Temp => Path.Combine(_base, "tmp");

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Runs the command line here; its output leaves out the shipped references' own warnings (<see cref="Support.ReferenceWarnings"/>).</summary>
    public CliResult Run(params string[] args) =>
        CliProcess.Run(Root, Temp, args) is var result
            ? result with { Stdout = Support.ReferenceWarnings.Remove(result.Stdout), Stderr = Support.ReferenceWarnings.Remove(result.Stderr) }
            : result;

    public CliProcess Start(params string[] args) => CliProcess.Start(Root, Temp, args);

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
        if (Directory.Exists(_base)) Directory.Delete(_base, recursive: true);
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
