using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Watch;

/// <summary>
/// Serves the preview on localhost with Kestrel: each document's HTML page with a small script that reloads it
/// after a successful rebuild (server-sent events), and, after a failed one, the problems over the last good page.
/// </summary>
public sealed class PreviewServer(PreviewState state) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address the preview listens on, once started.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.MapGet("/", () => Results.Redirect("/" + FirstPage()));
        _app.MapGet("/events", Events);
        _app.MapGet("/{page}", Page);
        await _app.StartAsync(cancel);
        Address = new Uri(_app.Urls.First());
    }

    private string FirstPage()
    {
        var pages = state.Snapshot().Pages.Keys.Order(StringComparer.Ordinal).ToList();
        return pages.FirstOrDefault(p => p.StartsWith("manuscript", StringComparison.Ordinal)) ?? pages.FirstOrDefault() ?? "index.html";
    }

    private IResult Page(string page)
    {
        var (pages, problems, version) = state.Snapshot();
        if (!pages.TryGetValue(page, out var html))
            return problems.Count > 0 ? Html(WithPreview("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ReportGen preview</title></head><body></body></html>", problems, version))
                : Results.NotFound();
        return Html(WithPreview(Encoding.UTF8.GetString(html), problems, version));
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>One event per change: the version, so a page that missed one still reloads.</summary>
    private async Task Events(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var changes = System.Threading.Channels.Channel.CreateUnbounded<int>();
        void OnChange(int version) => changes.Writer.TryWrite(version);
        state.Changed += OnChange;
        try
        {
            await context.Response.WriteAsync($"retry: 500\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var version in changes.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {version}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            state.Changed -= OnChange;
        }
    }

    /// <summary>The page with the reload script and, after a failed build, the problems laid over it.</summary>
    internal static string WithPreview(string html, IReadOnlyList<Diagnostic> problems, int version)
    {
        var extra = new StringBuilder();
        if (problems.Count > 0)
        {
            extra.Append("<aside id=\"reportgen-problems\" style=\"position:fixed;inset:1rem 1rem auto 1rem;max-height:70vh;overflow:auto;background:#fff5f5;border:2px solid #b00020;padding:1rem;font:14px/1.4 monospace;z-index:10;box-shadow:0 2px 8px rgba(0,0,0,.3)\">");
            extra.Append("<strong>The last build failed; this is the last good preview.</strong><ul>");
            foreach (var problem in problems)
            {
                var where = problem.Line > 0 ? $"{problem.File}:{problem.Line}:{Math.Max(problem.Column, 1)}" : problem.File;
                var link = "file://" + Path.GetFullPath(problem.File).Replace('\\', '/') + (problem.Line > 0 ? $"#L{problem.Line}" : "");
                extra.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">").Append(WebUtility.HtmlEncode(where)).Append("</a>: ")
                    .Append(problem.Severity == Severity.Error ? "error " : "warning ").Append(WebUtility.HtmlEncode(problem.Code)).Append(": ")
                    .Append(WebUtility.HtmlEncode(problem.Message));
                if (problem.Hint is { } hint) extra.Append("<br><em>").Append(WebUtility.HtmlEncode(hint)).Append("</em>");
                extra.Append("</li>");
            }
            extra.Append("</ul></aside>\n");
        }
        extra.Append("<script>(() => { const seen = ").Append(version)
            .Append("; new EventSource('/events').onmessage = e => { if (Number(e.data) !== seen) location.reload(); }; })();</script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end < 0 ? html + extra : html[..end] + extra + html[end..];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
