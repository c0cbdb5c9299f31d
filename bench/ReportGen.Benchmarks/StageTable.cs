using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Benchmarks;

/// <summary>
/// A quick per-stage table without BenchmarkDotNet, for finding which stage grows faster than the review does.
/// For each stage and review size, the best of a few runs: wall and CPU milliseconds (CPU over all threads is the
/// steadier figure on a shared machine), megabytes allocated, and the most the managed heap grew while it ran
/// (sampled every 10 ms), with the growth factor of the wall time between the last two sizes.
/// </summary>
internal static class StageTable
{
    private sealed record Figures(double Ms, double CpuMs, double AllocatedMB, double PeakMB);

    public static void Print(IReadOnlyList<string> reviews, int repeats, string? only, IReadOnlyList<string> skipped, TextWriter output)
    {
        var stages = Stages.All.Where(s => (only is null || s.Name.Equals(only, StringComparison.OrdinalIgnoreCase))
            && !skipped.Any(k => s.Name.StartsWith(k, StringComparison.OrdinalIgnoreCase))).ToList();
        var results = new List<Dictionary<string, Figures>>();
        foreach (var review in reviews)
        {
            output.WriteLine($"preparing {review}…");
            using var fixture = new ReviewFixture(review);
            results.Add(stages.ToDictionary(s => s.Name, s => Measure(() => s.Run(fixture), repeats)));
        }

        var growth = reviews.Count >= 2 ? $" | ×{reviews[^2]}→{reviews[^1]}" : "";
        output.WriteLine();
        output.WriteLine("| stage | " + string.Join(" | ", reviews.Select(r => $"{r}: ms | CPU ms | MB alloc | MB peak")) + growth + " |");
        output.WriteLine("|---|" + string.Concat(reviews.Select(_ => "---:|---:|---:|---:|")) + (growth == "" ? "" : "---:|"));
        foreach (var (name, _) in stages)
            output.WriteLine($"| {name} | {string.Join(" | ", results.Select(r => Cells(r[name])))}{Factor(results, r => r[name].Ms)} |");
        var totals = results.Select(r => new Figures(r.Values.Sum(v => v.Ms), r.Values.Sum(v => v.CpuMs),
            r.Values.Sum(v => v.AllocatedMB), r.Values.Max(v => v.PeakMB))).ToList();
        output.WriteLine($"| total | {string.Join(" | ", totals.Select(Cells))}{Factor(results, r => r.Values.Sum(v => v.Ms))} |");
    }

    private static string Cells(Figures f) => $"{F(f.Ms)} | {F(f.CpuMs)} | {F(f.AllocatedMB)} | {F(f.PeakMB)}";

    private static string Factor(List<Dictionary<string, Figures>> results, Func<Dictionary<string, Figures>, double> ms) =>
        results.Count >= 2 ? $" | {F(ms(results[^1]) / Math.Max(ms(results[^2]), 0.001))}" : "";

    private static Figures Measure(Func<object> stage, int repeats)
    {
        Figures? best = null;
        var bestCpu = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var peak = heapBefore;
            var running = true;
            var sampler = new Thread(() =>
            {
                while (Volatile.Read(ref running))
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                    Thread.Sleep(10);
                }
            });
            sampler.Start();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(stage());
            var ms = watch.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var allocatedMB = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            Volatile.Write(ref running, false);
            sampler.Join();
            if (best is null || ms < best.Ms) best = new Figures(ms, 0, allocatedMB, (peak - heapBefore) / 1048576.0);
            bestCpu = Math.Min(bestCpu, cpuMs);
        }
        return best! with { CpuMs = bestCpu };
    }

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}
