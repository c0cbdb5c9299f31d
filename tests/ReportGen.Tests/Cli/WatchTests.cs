using System.Text;
using ReportGen.Build;
using ReportGen.Cli.Watch;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The watch loop and its preview on a copy of the review: an edit shows in out/ and on the served page, a broken
/// cell shows on the page while out/ keeps the last good build, and fixing it brings the page back.
/// </summary>
public sealed class WatchTests : IAsyncLifetime
{
    private readonly ReviewCopy _workspace = ReviewCopy.Shipped();
    private readonly PreviewState _state = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer? _server;
    private Task? _loop;

    /// <summary>Raised when a rebuild has ended, out/ written or kept, after the preview changed.</summary>
    private event Action? Built;

    private string Out => _workspace.PathOf("out");

    public async ValueTask InitializeAsync()
    {
        var options = new BuildOptions(BuildCommand.Build, _workspace.PathOf("data"), _workspace.PathOf("templates"), Out, PrismaErrorsAsWarnings: false);
        var firstBuild = new TaskCompletionSource();
        Built += () => firstBuild.TrySetResult();
        _loop = Task.Run(() => new WatchLoop(options, _state, (_, _) => Built?.Invoke()).RunAsync(_stop.Token));
        _server = new PreviewServer(_state);
        await _server.StartAsync(port: 0, _stop.Token);
        await firstBuild.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Watch_TemplateEdit_ChangesOutAndTheServedPage()
    {
        Assert.Contains("Search results", await Page("manuscript.html"));

        await Changed(() => _workspace.Edit("templates/partials/results-search.sbn", t => t.Replace("Search results", "Search outcome", StringComparison.Ordinal)));

        Assert.Contains("Search outcome", await Page("manuscript.html"));
        Assert.Contains("Search outcome", File.ReadAllText(Path.Combine(Out, "manuscript.md")));
    }

    /// <summary>The page is told of an edit before the slower formats are written: at that moment out/ is the old build.</summary>
    [Fact]
    public async Task Watch_TemplateEdit_ReachesThePreviewBeforeOut()
    {
        string? outAtPreview = null;
        void OnPreview(int version) => outAtPreview ??= File.ReadAllText(Path.Combine(Out, "manuscript.md"));
        _state.Changed += OnPreview;
        try
        {
            await Changed(() => _workspace.Edit("templates/partials/results-search.sbn", t => t.Replace("Search results", "Search outcome", StringComparison.Ordinal)));
        }
        finally { _state.Changed -= OnPreview; }

        Assert.Contains("Search results", outAtPreview);
        Assert.Contains("Search outcome", File.ReadAllText(Path.Combine(Out, "manuscript.md")));
    }

    [Fact]
    public async Task Watch_BrokenCell_ShowsTheProblemOverTheLastGoodPage_ThenRecovers()
    {
        var goodManuscript = File.ReadAllBytes(Path.Combine(Out, "manuscript.pdf"));
        var campaigns = _workspace.PathOf("data/campaigns.csv");
        var original = File.ReadAllText(campaigns);

        await Changed(() => File.WriteAllText(campaigns, original.Replace(",CA,", ",CAX,", StringComparison.Ordinal), new UTF8Encoding(false)));

        var broken = await Page("manuscript.html");
        Assert.Contains("id=\"reportgen-problems\"", broken);
        Assert.Contains("campaigns.csv:2:", broken);
        Assert.Contains("CAX", broken);
        Assert.Contains("Search results", broken);
        Assert.Equal(goodManuscript, File.ReadAllBytes(Path.Combine(Out, "manuscript.pdf")));

        await Changed(() => File.WriteAllText(campaigns, original, new UTF8Encoding(false)));

        Assert.DoesNotContain("reportgen-problems", await Page("manuscript.html"));
    }

    [Fact]
    public async Task Events_TellAnOpenPageOfEachRebuild()
    {
        using var events = await _http.GetStreamAsync(new Uri(_server!.Address!, "/events"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 500", await reader.ReadLineAsync(TestContext.Current.CancellationToken));

        var before = _state.Version;
        _workspace.Edit("templates/partials/results-search.sbn", t => t + "\n");

        string? line;
        do line = await reader.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));
        Assert.True(int.Parse(line!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture) > before);
    }

    /// <summary>A real browser loads the preview and runs its script: Table 2 and the figure are there.</summary>
    [Fact]
    public void Browser_RendersThePreviewWithTable2AndTheFigure()
    {
        var chromium = ExternalTool.Require("chromium", "chromium");
        var dom = Chromium.DumpDom(chromium, new Uri(_server!.Address!, "/manuscript.html"));

        Assert.Contains("<figcaption>Table 2.", dom);
        Assert.Contains("<svg", dom);
        Assert.Contains("new EventSource('/events')", dom);
    }

    private async Task<string> Page(string name) => await _http.GetStringAsync(new Uri(_server!.Address!, "/" + name), TestContext.Current.CancellationToken);

    /// <summary>Makes a change and waits for the rebuild it causes: the preview changed, and the build after it ended.</summary>
    private async Task Changed(Action change)
    {
        var previewed = new TaskCompletionSource();
        var built = new TaskCompletionSource();
        void OnChange(int version) => previewed.TrySetResult();
        void OnBuilt() { if (previewed.Task.IsCompleted) built.TrySetResult(); }
        _state.Changed += OnChange;
        Built += OnBuilt;
        try
        {
            change();
            await built.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            _state.Changed -= OnChange;
            Built -= OnBuilt;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _stop.Dispose();
        _workspace.Dispose();
    }
}
