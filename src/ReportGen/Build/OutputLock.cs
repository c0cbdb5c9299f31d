namespace ReportGen.Build;

/// <summary>
/// Keeps two builds from writing the same output folder at once: a lock file beside the folder (not in it, since the
/// folder itself is renamed), held open with an exclusive lock for the whole build. The operating system drops the
/// lock when the process ends, however it ends, so a killed build never leaves the folder locked. The empty lock file
/// itself stays: deleting it while another build may be opening it would let two builds hold locks on two different files.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock of <paramref name="outputDirectory"/>, or null when another build holds it.</summary>
    public static OutputLock? TryTake(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive, non-blocking lock on the file (flock on Unix, a share mode on Windows).
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary><c>parent/.NAME.reportgen-lock</c> for the output folder <c>parent/NAME</c>.</summary>
    public static string PathFor(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        return Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.reportgen-lock");
    }

    public void Dispose() => _file.Dispose();
}
