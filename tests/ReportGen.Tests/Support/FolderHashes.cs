using System.Security.Cryptography;

namespace ReportGen.Tests.Support;

/// <summary>
/// A folder's content as one "relative/path SHA-256" line per file, in ordinal order: two folders hold the same
/// bytes exactly when their lists are equal, and a failing comparison names the file that differs.
/// </summary>
internal static class FolderHashes
{
    public static string[] Of(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => Line(Path.GetRelativePath(folder, file), File.ReadAllBytes(file)))
                .Order(StringComparer.Ordinal)]
            : [$"(no folder {folder})"];

    public static string[] Of(IReadOnlyDictionary<string, byte[]> files) =>
        [.. files.Select(file => Line(file.Key, file.Value)).Order(StringComparer.Ordinal)];

    private static string Line(string relativePath, byte[] content) =>
        $"{relativePath.Replace('\\', '/')} {Convert.ToHexString(SHA256.HashData(content))}";
}
