using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Support;

/// <summary>
/// One test's own copy of a review in a fresh temporary folder: a data folder (the shipped one, or a test fixture's)
/// and, unless left out, the templates, for the test to break and build without touching the repository. Paths are
/// relative to the copy's root ("data/campaigns.csv"), which is also the working directory of the command lines a
/// test runs, and diagnostics are read with the root removed, as a user in that folder would see them. Beside the
/// root is the command line's own temporary folder, so that nothing a run leaves there outlives the test.
/// </summary>
internal sealed class ReviewCopy : IDisposable
{
    /// <summary>The small, valid data folder that the data readers' tests break.</summary>
    public static readonly string ValidData = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Data", "valid");

    private readonly string _base = Directory.CreateTempSubdirectory("reportgen-test-").FullName;

    private ReviewCopy(string dataSource, string? templatesSource, string dataFolder, string templatesFolder)
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Temp);
        Data = PathOf(dataFolder);
        Templates = PathOf(templatesFolder);
        CopyFolder(dataSource, Data);
        if (templatesSource is not null) CopyFolder(templatesSource, Templates);
    }

    /// <summary>The shipped review's data and templates, in folders of the given names.</summary>
    public static ReviewCopy Shipped(string dataFolder = "data", string templatesFolder = "templates") =>
        new(RepoPaths.Data, RepoPaths.Templates, dataFolder, templatesFolder);

    /// <summary>A data folder alone (<see cref="ValidData"/> unless another is named), for the readers' tests.</summary>
    public static ReviewCopy OfData(string? source = null) => new(source ?? ValidData, null, "data", "templates");

    public string Root => Path.Combine(_base, "review");

    /// <summary>The command line's temporary folder (TMPDIR).</summary>
    public string Temp => Path.Combine(_base, "tmp");

    public string Data { get; }

    public string Templates { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Writes UTF-8 without a byte order mark, as the shipped files are.</summary>
    public void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text, new UTF8Encoding(false));

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(PathOf(relativePath), bytes);

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public void Edit(string relativePath, Func<string, string> change) => Write(relativePath, change(Read(relativePath)));

    /// <summary>
    /// Replaces text that must occur exactly once, so that a change to the copied files cannot void a test, and returns
    /// the 1-based line and column where the new text starts: where the error a test plants is.
    /// </summary>
    public (int Line, int Column) Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' does not occur exactly once in {relativePath}");
        Write(relativePath, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
        var before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>As <see cref="Replace"/>, on the file's bytes: for writing bytes that are not UTF-8.</summary>
    public void ReplaceBytes(string relativePath, byte[] oldBytes, byte[] newBytes)
    {
        var bytes = File.ReadAllBytes(PathOf(relativePath));
        var at = bytes.AsSpan().IndexOf(oldBytes);
        if (at < 0 || bytes.AsSpan(at + 1).IndexOf(oldBytes) >= 0)
            throw new InvalidOperationException($"the bytes do not occur exactly once in {relativePath}");
        WriteBytes(relativePath, [.. bytes[..at], .. newBytes, .. bytes[(at + oldBytes.Length)..]]);
    }

    /// <summary>Sets the cell in <paramref name="column"/> of the CSV row whose first cell is <paramref name="key"/>.</summary>
    public void SetCell(string relativePath, string key, string column, string value)
    {
        var records = CsvRecords.Parse(Read(relativePath));
        var index = Array.IndexOf(records[0], column);
        var rows = records.Where(cells => cells[0] == key).ToList();
        if (index < 0 || rows.Count != 1)
            throw new InvalidOperationException($"{relativePath} has no single row '{key}' with a column '{column}'");
        rows[0][index] = value;
        Write(relativePath, CsvRecords.Format(records));
    }

    /// <summary>Adds a CSV column, its cell in each row given by the row's first cell.</summary>
    public void AddColumn(string relativePath, string column, Func<string, string> cellOf)
    {
        var records = CsvRecords.Parse(Read(relativePath)).Where(cells => cells.Length > 1).ToList();
        Write(relativePath, CsvRecords.Format(records.Select((cells, i) => cells.Append(i == 0 ? column : cellOf(cells[0])).ToArray())));
    }

    /// <summary>Adds a line (cells already written as CSV) at the end of a file.</summary>
    public void AppendLine(string relativePath, string line)
    {
        var text = Read(relativePath);
        Write(relativePath, text + (text.EndsWith('\n') ? "" : "\n") + line + "\n");
    }

    /// <summary>The data folder loaded and checked, its diagnostics as the user would read them.</summary>
    public (Review? Review, string[] Diagnostics) Load(DataLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var review = ReviewLoader.Load(Data, bag, limits ?? DataLimits.Default);
        return (review, [.. bag.Sorted().Select(d => WithoutRoot(d.ToString()))]);
    }

    /// <summary>The copy built in process; its errors (first lines only) as the user would read them.</summary>
    public (BuiltReview Build, string[] Errors) Build()
    {
        var build = BuiltReview.Build(Data, Templates);
        var errors = build.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => WithoutRoot(d.ToString().Split('\n')[0]))
            .ToArray();
        return (build, errors);
    }

    public CliResult Run(params string[] args) => CliProcess.Run(Root, Temp, args);

    public CliProcess Start(params string[] args) => CliProcess.Start(Root, Temp, args);

    /// <summary>The names directly inside the root, hidden ones included, in ordinal order.</summary>
    public string[] Entries() =>
        [.. Directory.EnumerateFileSystemEntries(Root).Select(entry => Path.GetFileName(entry)).Order(StringComparer.Ordinal)];

    public string WithoutRoot(string text) => text.Replace(Root.Replace('\\', '/') + "/", "", StringComparison.Ordinal);

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
}
