using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ReportGen.Rendering.Text;

/// <summary>
/// Font files read, and cut down to a set of characters, once per process: each document's PDF and its DOCX load the
/// same faces for the same characters, and a long-running process (watch) builds again and again with the same fonts.
/// A file is known by its path, length and time of last change, so a font replaced on disk is read again.
/// </summary>
internal static class FontFileCache
{
    /// <summary>Subsets kept at once; a build needs one set per document and the figure.</summary>
    private const int MaxSubsets = 64;

    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), byte[]> Files = new();
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written, string Characters), Lazy<byte[]?>> Subsets = new();

    /// <summary>The file's bytes, or null when it cannot be read.</summary>
    public static byte[]? Read(string file)
    {
        try
        {
            return Files.GetOrAdd(Identity(file), key => File.ReadAllBytes(key.Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The font cut down to <paramref name="characters"/>, or null when HarfBuzz cannot subset it.</summary>
    public static byte[]? Subset(string file, byte[] font, IReadOnlySet<int> characters)
    {
        var (path, length, written) = Identity(file);
        if (Subsets.Count >= MaxSubsets) Subsets.Clear();
        // Lazy, so that two documents asking at once subset once; the bytes are the same whoever made them.
        return Subsets.GetOrAdd((path, length, written, Key(characters)),
            _ => new Lazy<byte[]?>(() => FontSubsetter.Subset(font, characters))).Value;
    }

    private static (string Path, long Length, DateTime Written) Identity(string file)
    {
        var info = new FileInfo(file);
        return (info.FullName, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default);
    }

    /// <summary>A digest of the sorted code points, so the key stays short however many characters a document has.</summary>
    private static string Key(IReadOnlySet<int> characters)
    {
        var sorted = characters.Order().ToArray();
        var bytes = new byte[sorted.Length * sizeof(int)];
        Buffer.BlockCopy(sorted, 0, bytes, 0, bytes.Length);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
