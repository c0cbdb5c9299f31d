using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Build;

/// <summary>
/// The files a build produces, held in memory until the whole build has succeeded, then written to
/// a temporary folder beside the output folder and swapped into place. A failed or killed build
/// therefore never leaves a half-written output folder, and the previous one stays as it was.
/// </summary>
/// <remarks>
/// Every folder ReportGen writes carries <see cref="MarkerFileName"/>, written last: it says both "ReportGen made this
/// folder" (so a build never replaces a folder of the user's own files) and "this folder is complete" (so recovery never
/// puts back a folder that a kill left half-written or half-deleted). The caller holds the <see cref="OutputLock"/>.
/// </remarks>
public sealed class OutputSet
{
    public const string MarkerFileName = ".reportgen-output";
    public const string NotOursCode = "RG750";

    private const string TempMarker = ".reportgen-tmp-";
    private const string RetiredSuffix = "-old";
    private const string MarkerText =
        "This folder was written by ReportGen (reportgen build). The next build replaces everything in it.\n";

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Called after each step of a commit; tests stop a commit there, as a kill would, to check the recovery.</summary>
    internal Action<string>? AfterStep { get; init; }

    public void Add(string fileName, byte[] content) => _files[fileName] = content;

    public void Add(string fileName, string text) => Add(fileName, new UTF8Encoding(false).GetBytes(text));

    /// <summary>
    /// Cleans up after a build that was killed during its commit: puts back the previous output folder if it was set
    /// aside and is complete, and deletes every other temporary folder. Called, under the lock, before a build reads
    /// anything, so that a build that then fails on its input still leaves the previous outputs where the user expects them.
    /// </summary>
    public static void RecoverInterruptedCommit(string outputDirectory)
    {
        var (parent, name) = Locate(outputDirectory);
        if (!Directory.Exists(parent)) return;
        var target = Path.Combine(parent, name);
        var temporary = Directory.GetDirectories(parent, $".{name}{TempMarker}*").Order(StringComparer.Ordinal).ToList();
        // The previous output first: between the two renames both it and the complete new one exist, and the user
        // was promised that a stopped build leaves the previous outputs.
        foreach (var folder in temporary.OrderBy(f => f.EndsWith(RetiredSuffix, StringComparison.Ordinal) ? 0 : 1))
        {
            if (!Directory.Exists(target) && IsComplete(folder)) Directory.Move(folder, target);
            else Delete(folder, _ => { });
        }
    }

    /// <summary>
    /// Whether a build may replace <paramref name="outputDirectory"/>: it is absent, empty, or was written by ReportGen.
    /// Reports <see cref="NotOursCode"/> otherwise, before anything is built.
    /// </summary>
    public static bool MayReplace(string outputDirectory, string shownDirectory, DiagnosticBag diagnostics)
    {
        var (parent, name) = Locate(outputDirectory);
        var target = Path.Combine(parent, name);
        var shown = shownDirectory.TrimEnd('/', '\\');
        if (File.Exists(target))
        {
            diagnostics.Error(shown, 0, 0, NotOursCode, $"{shown} is a file, not a folder; a build writes a folder of outputs there.",
                $"Choose another --out, or move the file '{shown}' away.");
            return false;
        }
        if (!Directory.Exists(target) || IsComplete(target) || !Directory.EnumerateFileSystemEntries(target).Any()) return true;
        diagnostics.Error(shown, 0, 0, NotOursCode,
            $"{shown}/ holds files ReportGen did not write; choose another --out or empty it.",
            $"A build replaces everything in its output folder, so it only replaces a folder it made itself (one with a {MarkerFileName} file).");
        return false;
    }

    /// <summary>
    /// How many files a commit to <paramref name="outputDirectory"/> would add, change or remove, so that the summary
    /// tells an author whether an edit had any effect.
    /// </summary>
    public int CountChangesFrom(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        if (!Directory.Exists(target)) return _files.Count;
        var previous = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(target, path).Replace('\\', '/'))
            .Where(file => file != MarkerFileName)
            .ToHashSet(StringComparer.Ordinal);
        var changed = _files.Count(file => !previous.Contains(file.Key) ||
            !File.ReadAllBytes(Path.Combine(target, file.Key)).AsSpan().SequenceEqual(file.Value));
        return changed + previous.Count(file => !_files.ContainsKey(file));
    }

    /// <summary>Writes everything to <paramref name="outputDirectory"/>, replacing what was there.</summary>
    public void CommitTo(string outputDirectory)
    {
        var (parent, name) = Locate(outputDirectory);
        var target = Path.Combine(parent, name);
        Directory.CreateDirectory(parent);
        RecoverInterruptedCommit(outputDirectory);

        var staging = Path.Combine(parent, $".{name}{TempMarker}{Environment.ProcessId}");
        var retired = staging + RetiredSuffix;
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (file, content) in _files)
            {
                var path = Path.Combine(staging, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
                Step($"wrote {file}");
            }
            // Last, so that a staging folder with the marker holds every file.
            File.WriteAllText(Path.Combine(staging, MarkerFileName), MarkerText);
            Step("staging complete");

            // Two renames: the old folder steps aside, the new one steps in. Between them a kill leaves both whole
            // under temporary names, and the next build puts the old one back.
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
                Step("previous output set aside");
            }
            Directory.Move(staging, target);
            Step("new output in place");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system refused (disk full, a file held open): put the previous output back before reporting it.
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            if (Directory.Exists(staging)) Delete(staging, _ => { });
            throw;
        }
        if (Directory.Exists(retired)) Delete(retired, Step);
    }

    private void Step(string step) => AfterStep?.Invoke(step);

    private static bool IsComplete(string folder) => File.Exists(Path.Combine(folder, MarkerFileName));

    /// <summary>Deletes a folder marker first, so that a kill halfway through never leaves a folder that looks complete.</summary>
    private static void Delete(string folder, Action<string> step)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            Directory.Delete(folder); // a link named like our folders: remove the link, never what it points to
            return;
        }
        File.Delete(Path.Combine(folder, MarkerFileName));
        step("marker deleted");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
        {
            File.Delete(file);
            step($"deleted {Path.GetFileName(file)}");
        }
        Directory.Delete(folder, recursive: true);
        step("folder deleted");
    }

    private static (string Parent, string Name) Locate(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        return (Path.GetDirectoryName(target)!, Path.GetFileName(target));
    }
}
