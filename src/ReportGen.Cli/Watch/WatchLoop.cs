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

    /// <summary>
    /// The preview first, then out/: the author is looking at the page, and the HTML alone is ready in a fraction of the
    /// time every format takes (the PDF and Word writers are most of a rebuild). The preview is a check, which writes
    /// nothing; the build after it replaces out/ as <c>build</c> does, and its problems, if any, are shown over the page.
    /// </summary>
    private void Build()
    {
        var previewDiagnostics = new DiagnosticBag();
        var preview = ReportBuilder.Run(PreviewOptions, previewDiagnostics, NoBuildProgress.Instance, _cache);
        if (previewDiagnostics.HasErrors)
        {
            state.Failed(previewDiagnostics.Sorted().ToList());
            report(preview, previewDiagnostics);
            return;
        }
        state.Succeeded(preview.Outputs.Files);

        var diagnostics = new DiagnosticBag();
        var result = ReportBuilder.Run(options, diagnostics, NoBuildProgress.Instance, _cache);
        if (diagnostics.HasErrors) state.Failed(diagnostics.Sorted().ToList());
        report(result, diagnostics);
    }

    private BuildOptions PreviewOptions => options with { Command = BuildCommand.Check, Formats = new HashSet<string> { "html" } };

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
