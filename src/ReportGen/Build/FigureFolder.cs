namespace ReportGen.Build;

/// <summary>
/// A private temporary folder for the figure the PDF writer reads from disk. It is named by process id, so a
/// build that was killed before it could delete its folder is recognised and cleaned up by the next build.
/// </summary>
internal sealed class FigureFolder : IDisposable
{
    private const string Prefix = "reportgen-figure-";

    public FigureFolder()
    {
        RemoveFoldersOfEndedBuilds();
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Prefix + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    private static void RemoveFoldersOfEndedBuilds()
    {
        foreach (var folder in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), Prefix + "*"))
        {
            var pidText = System.IO.Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || ProcessState.IsRunning(pid)) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* another user's, or in use: leave it */ }
        }
    }
}
