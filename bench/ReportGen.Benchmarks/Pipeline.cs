using System.Diagnostics;
using System.Globalization;
using ReportGen.Build;
using ReportGen.DataGen;
using ReportGen.Diagnostics;

namespace ReportGen.Benchmarks;

/// <summary>
/// One whole build pipeline in this process on a review already on disk (a DataGen folder), writing only some
/// formats in memory (a check with <see cref="BuildOptions.Formats"/>), so that the stages around the PDF writer can
/// be measured apart from it: wall and CPU time, bytes allocated, collections, and the process's peak memory.
/// </summary>
internal static class Pipeline
{
    /// <param name="outputDirectory">Where a build writes its outputs, as <c>reportgen build</c> does; null for a check,
    /// which holds them in memory.</param>
    public static int Print(string dataDirectory, IReadOnlySet<string>? formats, string? outputDirectory, TextWriter output)
    {
        var options = new BuildOptions(outputDirectory is null ? BuildCommand.Check : BuildCommand.Build, dataDirectory, RepositoryData.Templates,
            outputDirectory ?? Path.Combine(Path.GetTempPath(), "reportgen-pipeline-out"), false)
        {
            Formats = formats,
        };
        var diagnostics = new DiagnosticBag();
        // REPORTGEN_ALLOCATION_TYPES=1 lists the types allocated most (sampled; it slows the run).
        using var types = Environment.GetEnvironmentVariable("REPORTGEN_ALLOCATION_TYPES") == "1" ? new AllocationTypes() : null;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        using var sampler = new PeakSampler();
        var result = ReportBuilder.Run(options, diagnostics, sampler);
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var allocatedMB = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        foreach (var d in diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Take(5)) output.WriteLine(d);
        output.WriteLine(result.Summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"formats {(formats is null ? "all" : string.Join(",", formats))}: wall {wall:0.00} s, CPU {cpuSeconds:0.00} s, " +
            $"allocated {allocatedMB:0} MB, GCs {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, " +
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        output.WriteLine(sampler.Report);
        types?.Print(output);
        return diagnostics.HasErrors ? 1 : 0;
    }
}
