using System.Reflection;
using ReportGen.Diagnostics;

namespace ReportGen.Build;

/// <summary>
/// <c>reportgen new DIR</c>: writes a starter review (data files with a header and one example row each, fields.csv,
/// the default templates and a README) that builds at once. The files are embedded from Build/Starter, so the
/// command works wherever the tool is installed, away from this repository.
/// </summary>
internal static class StarterReview
{
    public const string FolderNotEmptyCode = "RG059";
    private const string Prefix = "Starter/";

    /// <summary>The starter's files, by path relative to the review's folder ('/'-separated), in name order.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files { get; } = Load();

    /// <returns>Whether the review was written; when not, <paramref name="diagnostics"/> says why.</returns>
    public static bool Write(string directory, DiagnosticBag diagnostics)
    {
        var shown = directory.Replace('\\', '/');
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
        {
            diagnostics.Error(shown, 0, 0, FolderNotEmptyCode, "the folder for the new review already exists and is not empty",
                "Give the name of a new folder (or an empty one), so that no file of yours is overwritten.");
            return false;
        }
        foreach (var (path, content) in Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
        return true;
    }

    private static List<(string, byte[])> Load()
    {
        var assembly = typeof(StarterReview).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (n[Prefix.Length..].Replace('\\', '/'), Read(assembly, n)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
