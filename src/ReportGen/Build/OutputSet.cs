using System.Text;

namespace ReportGen.Build;

/// <summary>
/// The files a build produces, held in memory until the whole build has succeeded, then written to
/// a temporary folder beside the output folder and swapped into place. A failed or killed build
/// therefore never leaves a half-written output folder, and the previous one stays as it was.
/// </summary>
public sealed class OutputSet
{
    private const string TempMarker = ".reportgen-tmp-";
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Add(string fileName, byte[] content) => _files[fileName] = content;

    public void Add(string fileName, string text) => Add(fileName, new UTF8Encoding(false).GetBytes(text));

    /// <summary>
    /// Puts back an output folder that a build killed between the two renames left under a temporary name.
    /// Called before a build reads anything, so that a build that then fails on its input still leaves the
    /// previous outputs where the user expects them, not only the next successful one.
    /// </summary>
    public static void RecoverInterruptedCommit(string outputDirectory)
    {
        var (parent, name) = Locate(outputDirectory);
        if (Directory.Exists(parent)) RemoveStaleTemporaryFolders(parent, name);
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
        RemoveStaleTemporaryFolders(parent, name);

        var staging = Path.Combine(parent, $".{name}{TempMarker}{Environment.ProcessId}");
        var retired = staging + "-old";
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (file, content) in _files)
            {
                var path = Path.Combine(staging, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
            }

            // Two renames: the old folder steps aside, the new one steps in. Between them a kill
            // leaves the old folder intact under its temporary name, and the next build restores it.
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static (string Parent, string Name) Locate(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        return (Path.GetDirectoryName(target)!, Path.GetFileName(target));
    }

    /// <summary>Cleans up after a build that was killed: puts a retired folder back, deletes half-written ones.</summary>
    private static void RemoveStaleTemporaryFolders(string parent, string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}{TempMarker}*"))
        {
            var pidText = Path.GetFileName(folder)[($".{name}{TempMarker}".Length)..].Replace("-old", "");
            if (int.TryParse(pidText, out var pid) && pid != Environment.ProcessId && ProcessState.IsRunning(pid)) continue;

            var target = Path.Combine(parent, name);
            if (folder.EndsWith("-old", StringComparison.Ordinal) && !Directory.Exists(target))
                Directory.Move(folder, target);
            else
                Directory.Delete(folder, recursive: true);
        }
    }
}
