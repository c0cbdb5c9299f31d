using System.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>Headless Chromium, started as the machine's own package with nothing downloaded and no network but localhost.</summary>
internal static class Chromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// The page's DOM once it has loaded and its scripts ran. (No virtual time budget: a page with an open
    /// server-sent-events stream never lets virtual time run out, and the browser would never exit.)
    /// </summary>
    public static string DumpDom(string chromium, Uri page)
    {
        var profile = Directory.CreateTempSubdirectory("reportgen-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var flag in Flags) start.ArgumentList.Add(flag);
            start.ArgumentList.Add("--user-data-dir=" + profile);
            start.ArgumentList.Add("--dump-dom");
            start.ArgumentList.Add(page.ToString());
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within a minute: " + error.Result);
            }
            Assert.True(dom.Result.Length > 0, "chromium printed no DOM: " + error.Result);
            return dom.Result;
        }
        finally { Directory.Delete(profile, recursive: true); }
    }
}
