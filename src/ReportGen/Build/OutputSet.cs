using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Build;

/// <summary>
/// The files a build produces, kept apart from the output folder until the whole build has succeeded, then swapped
/// into place from a temporary folder beside it. A failed or killed build therefore never leaves a half-written
/// output folder, and the previous one stays as it was. A build that writes a folder stages each file in that
/// temporary folder as soon as it is made (<see cref="StagedIn"/>), so that a large review's outputs, a hundred
/// megabytes at 10,000 campaigns, are not all held in memory until the last writer ends; a check holds them in memory.
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
    private readonly Lock _gate = new();
    /// <summary>The temporary folder each file is written to as it is added; null for a set held in memory.</summary>
    private readonly string? _staging;
    private readonly SortedSet<string> _staged = new(StringComparer.Ordinal);
    /// <summary>Where the staged files are now: the temporary folder, the output folder after the commit, or nowhere.</summary>
    private string? _stagedFolder;

    public OutputSet()
    {
    }

    private OutputSet(string staging) => _stagedFolder = _staging = staging;

    /// <summary>
    /// The files, by name. Those of a staged set are read from disk when asked for: from the temporary folder before
    /// the commit and from the output folder after it.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Files
    {
        get
        {
            lock (_gate) return _staging is null ? _files : new FilesOnDisk(_stagedFolder, [.. _staged]);
        }
    }

    /// <summary>Called after each step of a commit; tests stop a commit there, as a kill would, to check the recovery.</summary>
    internal Action<string>? AfterStep { get; init; }

    /// <summary>
    /// A set that writes each file, as it is added, into a new temporary folder beside <paramref name="outputDirectory"/>
    /// (named so that <see cref="RecoverInterruptedCommit"/> deletes it after a kill). The caller holds the lock and has
    /// recovered the folder already; <see cref="CommitTo"/> moves the folder into place, <see cref="Discard"/> deletes it.
    /// </summary>
    internal static OutputSet StagedIn(string outputDirectory)
    {
        var (parent, name) = Locate(outputDirectory);
        var staging = StagingFolder(parent, name);
        if (Directory.Exists(staging)) Delete(staging, _ => { });
        Directory.CreateDirectory(staging);
        return new OutputSet(staging);
    }

    /// <summary>Safe to call from several writers at once. A staged set that was discarded takes nothing more: a
    /// writer abandoned at its time limit may still finish after its build has failed.</summary>
    public void Add(string fileName, byte[] content)
    {
        lock (_gate)
        {
            if (_staging is null)
            {
                _files[fileName] = content;
                return;
            }
            if (_stagedFolder != _staging) return;
            var path = Path.Combine(_staging, fileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            _staged.Add(fileName);
        }
    }

    /// <summary>Deletes a staged set's temporary folder after a failed build; the output folder is untouched.</summary>
    internal void Discard()
    {
        lock (_gate)
        {
            if (_staging is null || _stagedFolder != _staging) return;
            _stagedFolder = null;
            _staged.Clear();
            if (Directory.Exists(_staging)) Delete(_staging, _ => { });
        }
    }

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
        var files = Files;
        if (!Directory.Exists(target)) return files.Count;
        var previous = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(target, path).Replace('\\', '/'))
            .Where(file => file != MarkerFileName)
            .ToHashSet(StringComparer.Ordinal);
        // One file at a time, so that a staged set is never all in memory at once.
        var changed = files.Keys.Count(file => !previous.Contains(file) ||
            !File.ReadAllBytes(Path.Combine(target, file)).AsSpan().SequenceEqual(files[file]));
        return changed + previous.Count(file => !files.ContainsKey(file));
    }

    /// <summary>Writes everything to <paramref name="outputDirectory"/>, replacing what was there.</summary>
    public void CommitTo(string outputDirectory)
    {
        var (parent, name) = Locate(outputDirectory);
        var target = Path.Combine(parent, name);
        Directory.CreateDirectory(parent);
        var staging = StagingFolder(parent, name);
        if (_staging is not null && _stagedFolder != _staging)
            throw new InvalidOperationException("This set of outputs was discarded or committed already.");
        // A staged set's folder is already there, with every file in it; recovery would delete it as unfinished.
        if (_staging is null) RecoverInterruptedCommit(outputDirectory);

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
            lock (_gate) _stagedFolder = _staging is null ? null : target;
            Step("new output in place");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system refused (disk full, a file held open): put the previous output back before reporting it.
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            if (Directory.Exists(staging)) Delete(staging, _ => { });
            lock (_gate) _stagedFolder = null;
            throw;
        }
        if (Directory.Exists(retired)) Delete(retired, Step);
    }

    private void Step(string step) => AfterStep?.Invoke(step);

    private static string StagingFolder(string parent, string name) => Path.Combine(parent, $".{name}{TempMarker}{Environment.ProcessId}");

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
