using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Tests.Data;

/// <summary>
/// A temporary copy of the valid fixture (or of another data folder), named "data" inside a temporary folder, that one test breaks.
/// Loaded diagnostics are formatted with the temporary folder removed, so tests read "data/campaigns.csv".
/// </summary>
internal sealed class DataFolder : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Data", "valid");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-data-" + Guid.NewGuid().ToString("N"));

    public DataFolder(string? source = null)
    {
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(source ?? Fixture))
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
    }

    public string Directory => Path.Combine(_root, "data");

    public string ReadText(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public void WriteText(string file, string text) => File.WriteAllText(Path.Combine(Directory, file), text, new UTF8Encoding(false));

    public void WriteBytes(string file, byte[] bytes) => File.WriteAllBytes(Path.Combine(Directory, file), bytes);

    public void Delete(string file) => File.Delete(Path.Combine(Directory, file));

    /// <summary>Replaces text that must occur exactly once, so a fixture change cannot silently void a test.</summary>
    public void Replace(string file, string oldText, string newText)
    {
        var text = ReadText(file);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' does not occur exactly once in {file}");
        WriteText(file, text.Remove(first, oldText.Length).Insert(first, newText));
    }

    public (Review? Review, string[] Diagnostics) Load(DataLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var review = ReviewLoader.Load(Directory, bag, limits ?? DataLimits.Default);
        var prefix = _root.Replace('\\', '/') + "/";
        return (review, [.. bag.Sorted().Select(d => d.ToString().Replace(prefix, "", StringComparison.Ordinal))]);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
    }
}
