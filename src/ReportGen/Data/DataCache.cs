using System.Security.Cryptography;
using ReportGen.Data.Files;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// The data of the previous build, kept by a long-running process (<c>reportgen watch</c>) so that a rebuild does only
/// the reading that changed: when no data file's bytes changed (a template edit), the review is not parsed or checked
/// again; when one did, only that file is parsed again, and the review is checked again as a whole (the files refer to
/// one another). Each file is known by its bytes, never by a time stamp, and the diagnostics of the skipped work are
/// given again, so a rebuild reports exactly what a cold build reports.
/// </summary>
internal sealed class DataCache
{
    private readonly Dictionary<(string Display, DataLimits Limits), ParsedFile> _files = [];
    private LoadedReview? _review;

    /// <summary>How many data files were parsed, and how many times a review was checked: tests and benchmarks read them.</summary>
    public int FilesParsed { get; private set; }

    public int ReviewsChecked { get; private set; }

    /// <summary>As <see cref="ReviewLoader.Load(string, DiagnosticBag, DataLimits)"/>, doing again only what a change needs.</summary>
    public Review? Load(string dataDirectory, DiagnosticBag diagnostics, DataLimits limits)
    {
        var key = FolderKey(dataDirectory, limits);
        if (_review is not { } last || last.Key != key)
        {
            var fresh = new DiagnosticBag();
            last = _review = new LoadedReview(key, ReviewLoader.Load(dataDirectory, fresh, limits, this), fresh.Items.ToList());
            ReviewsChecked++;
        }
        foreach (var diagnostic in last.Diagnostics) diagnostics.Add(diagnostic);
        return last.Review;
    }

    /// <summary>The file's table, parsed again only when its bytes differ from those of the last parse.</summary>
    internal CsvTable? Parsed(string displayPath, DataLimits limits, byte[] bytes, DiagnosticBag diagnostics, Func<DiagnosticBag, CsvTable?> parse)
    {
        var hash = SHA256.HashData(bytes);
        if (!_files.TryGetValue((displayPath, limits), out var file) || !file.Hash.AsSpan().SequenceEqual(hash))
        {
            var fresh = new DiagnosticBag();
            file = _files[(displayPath, limits)] = new ParsedFile(hash, parse(fresh), fresh.Items.ToList());
            FilesParsed++;
        }
        foreach (var diagnostic in file.Diagnostics) diagnostics.Add(diagnostic);
        return file.Table;
    }

    /// <summary>
    /// The folder's regular files by name and content (and what keeps any other entry from being read), with the
    /// folder's name as given and the limits, which diagnostics and checks depend on.
    /// </summary>
    private static string FolderKey(string dataDirectory, DataLimits limits)
    {
        var key = new List<string> { dataDirectory, limits.ToString() };
        if (Directory.Exists(dataDirectory))
        {
            var folder = Path.GetFullPath(dataDirectory);
            foreach (var path in Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                var input = InputFile.Read(path, folder, limits.MaxFileBytes);
                key.Add($"{Path.GetFileName(path)}:{input.Problem}:{(input.Bytes is { } bytes ? Convert.ToHexString(SHA256.HashData(bytes)) : input.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            }
        }
        return string.Join('\n', key);
    }

    private sealed record ParsedFile(byte[] Hash, CsvTable? Table, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record LoadedReview(string Key, Review? Review, IReadOnlyList<Diagnostic> Diagnostics);
}
