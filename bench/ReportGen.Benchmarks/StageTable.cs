using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Benchmarks;

/// <summary>
/// A quick per-stage table without BenchmarkDotNet: each stage's best of a few runs in milliseconds (wall, and CPU
/// over all threads, the steadier figure on a shared machine) and in
/// megabytes allocated, at each review size, with the growth factor between the last two sizes. Used to see
/// which stage grows faster than the review does.
/// </summary>
public static class StageTable
{
    public static void Print(IReadOnlyList<string> reviews, int repeats, string? only, TextWriter output)
    {
        var stages = Stages.All.Where(s => only is null || s.Name.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var results = new List<Dictionary<string, (double Ms, double CpuMs, double MB)>>();
        foreach (var review in reviews)
        {
            output.WriteLine($"preparing {review}…");
            using var fixture = new ReviewFixture(review);
            results.Add(stages.ToDictionary(s => s.Name, s => Measure(() => s.Run(fixture), repeats)));
        }

        var growth = reviews.Count >= 2 ? $" | ×{reviews[^2]}→{reviews[^1]}" : "";
        output.WriteLine();
        output.WriteLine("| stage | " + string.Join(" | ", reviews.Select(r => $"{r}: ms | {r}: CPU ms | {r}: MB alloc")) + growth + " |");
        output.WriteLine("|---|" + string.Concat(reviews.Select(_ => "---:|---:|---:|")) + (growth == "" ? "" : "---:|"));
        foreach (var (name, _) in stages)
        {
            var cells = results.Select(r => $"{F(r[name].Ms)} | {F(r[name].CpuMs)} | {F(r[name].MB)}");
            var factor = reviews.Count >= 2 ? $" | {F(results[^1][name].Ms / Math.Max(results[^2][name].Ms, 0.001))}" : "";
            output.WriteLine($"| {name} | {string.Join(" | ", cells)}{factor} |");
        }
        var totals = results.Select(r => $"**{F(r.Values.Sum(v => v.Ms))}** | {F(r.Values.Sum(v => v.CpuMs))} | {F(r.Values.Sum(v => v.MB))}");
        var totalFactor = reviews.Count >= 2 ? $" | {F(results[^1].Values.Sum(v => v.Ms) / results[^2].Values.Sum(v => v.Ms))}" : "";
        output.WriteLine($"| total | {string.Join(" | ", totals)}{totalFactor} |");
    }

    private static (double Ms, double CpuMs, double MB) Measure(Func<object> stage, int repeats)
    {
        var best = (Ms: double.MaxValue, CpuMs: double.MaxValue, MB: 0.0);
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(stage());
            var ms = watch.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            if (ms < best.Ms) best = (ms, best.CpuMs, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
            best.CpuMs = Math.Min(best.CpuMs, cpuMs);
        }
        return best;
    }

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}
