using ReportGen.Data.Files;

namespace ReportGen.Build;

/// <summary>
/// Keeps two builds from writing the same output folder at once: a lock file beside the folder (not in it, since the
/// folder itself is renamed), held open with an exclusive lock for the whole build. The operating system drops the
/// lock when the process ends, however it ends, so a killed build never leaves the folder locked.
/// </summary>
/// <remarks>
/// The lock file is deleted when the build ends, while still locked. A second build may have opened the file just before
/// that and be granted the lock on the deleted file once the first lets go; so a build that gets the lock checks that the
/// path still names the file it locked, and starts again if not. Where that check is not available (without Linux's
/// statx), the lock file is left in place instead, which is always safe.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;
    private readonly string _path;
    private readonly bool _canDelete;

    private OutputLock(FileStream file, string path, bool canDelete) => (_file, _path, _canDelete) = (file, path, canDelete);

    /// <summary>The lock of <paramref name="outputDirectory"/>, or null when another build holds it.</summary>
    public static OutputLock? TryTake(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            FileStream file;
            try
            {
                // FileShare.None is an exclusive, non-blocking lock on the file (flock on Unix, a share mode on Windows).
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                return null;
            }
            var locked = FileKinds.Inode(null, file.SafeFileHandle);
            var named = FileKinds.Inode(path);
            if (locked is not null && named is not null && locked == named) return new OutputLock(file, path, canDelete: true);
            if (locked is null || named is null && File.Exists(path)) return new OutputLock(file, path, canDelete: false);
            file.Dispose(); // the file was deleted or replaced after we opened it: lock the one the path names now
        }
    }

    /// <summary><c>parent/.NAME.reportgen-lock</c> for the output folder <c>parent/NAME</c>.</summary>
    public static string PathFor(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        return Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.reportgen-lock");
    }

    public void Dispose()
    {
        try
        {
            if (_canDelete) File.Delete(_path);
        }
        finally
        {
            _file.Dispose();
        }
    }
}
