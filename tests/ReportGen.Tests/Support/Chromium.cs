using System.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>Headless Chromium, started as the machine's own package with nothing downloaded and no network but localhost.</summary>
internal static class Chromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--virtual-time-budget=3000",
    ];

    /// <summary>The page's DOM after its scripts ran.</summary>
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
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
            Assert.True(dom.Length > 0, "chromium printed no DOM: " + error.Result);
            return dom;
        }
        finally { Directory.Delete(profile, recursive: true); }
    }
}
