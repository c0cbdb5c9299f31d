using System.Threading.Channels;
using ReportGen.Build;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Watch;

/// <summary>
/// Builds once, then again whenever a file in the data or templates folder changes, a moment after the last change
/// (an editor saves a file in several writes). Each build is a normal build: checked, and out/ replaced only on success.
/// The builds share a <see cref="BuildCache"/>, so that a template edit does not read the data again, and a data edit
/// parses only the file that changed.
/// </summary>
public sealed class WatchLoop(BuildOptions options, PreviewState state, Action<BuildResult, DiagnosticBag> report)
{
    private readonly BuildCache _cache = new();

    /// <summary>How long the folders must be quiet before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public async Task RunAsync(CancellationToken cancel)
    {
        var changes = Channel.CreateUnbounded<bool>();
        using var data = Watch(options.DataDirectory, changes);
        using var templates = Watch(options.TemplatesDirectory, changes);
        Build();
        try
        {
            while (await changes.Reader.WaitToReadAsync(cancel))
            {
                // Wait until the folders have been quiet for a moment, then build once for everything that changed.
                do
                {
                    while (changes.Reader.TryRead(out _)) { }
                    await Task.Delay(Quiet, cancel);
                }
                while (changes.Reader.TryRead(out _));
                Build();
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
    }

    private void Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = ReportBuilder.Run(options, diagnostics, NoBuildProgress.Instance, _cache);
        if (diagnostics.HasErrors) state.Failed(diagnostics.Sorted().ToList());
        else state.Succeeded(result.Outputs.Files);
        report(result, diagnostics);
    }

    private static FileSystemWatcher Watch(string folder, Channel<bool> changes)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
        void Changed(object sender, FileSystemEventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (sender, e) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
