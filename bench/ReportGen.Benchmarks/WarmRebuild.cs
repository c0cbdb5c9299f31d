using System.Diagnostics;
using ReportGen.Build;
using ReportGen.DataGen;
using ReportGen.Diagnostics;

namespace ReportGen.Benchmarks;

/// <summary>
/// The rebuild <c>reportgen watch</c> makes after a template edit: a copy of the shipped review in a temporary folder,
/// built once cold, then a word of a partial changed before each timed rebuild with the watch's <see cref="BuildCache"/>.
/// Timed from the edit being seen (the rebuild starting) to the outputs being ready: the HTML preview alone (a check
/// that writes only HTML), and every format written to out/ as `build` does.
/// </summary>
public static class WarmRebuild
{
    private const string Partial = "partials/methods.sbn";

    public static void Print(int repeats, TextWriter output)
    {
        var root = Directory.CreateTempSubdirectory("reportgen-warm-").FullName;
        try
        {
            var data = Copy(RepositoryData.Data, Path.Combine(root, "data"));
            var templates = Copy(RepositoryData.Templates, Path.Combine(root, "templates"));
            var build = new BuildOptions(BuildCommand.Build, data, templates, Path.Combine(root, "out"), PrismaErrorsAsWarnings: false);
            var preview = build with { Command = BuildCommand.Check, Formats = new HashSet<string> { "html" } };
            var cache = new BuildCache();
            var cold = Time(build, cache);

            output.WriteLine("| rebuild after a template edit | runs | median (ms) | best (ms) | worst (ms) |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            output.WriteLine($"| cold, first build of the process (JIT, fonts) | 1 | {cold:0} | {cold:0} | {cold:0} |");
            foreach (var (label, options) in new[] { ("HTML preview (warm)", preview), ("all formats to out/ (warm)", build) })
            {
                Time(options, cache); // the first use of this writer set warms its code
                var times = Enumerable.Range(0, repeats).Select(run =>
                {
                    var path = Path.Combine(templates, Partial);
                    File.WriteAllText(path, File.ReadAllText(path) + (run % 2 == 0 ? " " : "\n"));
                    return Time(options, cache);
                }).Order().ToList();
                output.WriteLine($"| {label} | {repeats} | {times[times.Count / 2]:0} | {times[0]:0} | {times[^1]:0} |");
            }
            output.WriteLine();
            output.WriteLine("Where one warm rebuild of every format goes (ms; the documents are written side by side):");
            output.WriteLine();
            var steps = new StepTimes();
            ReportBuilder.Run(build, new DiagnosticBag(), steps, cache);
            foreach (var (step, ms) in steps.Times) output.WriteLine($"- {step}: {ms:0.0}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static double Time(BuildOptions options, BuildCache cache)
    {
        var diagnostics = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        ReportBuilder.Run(options, diagnostics, NoBuildProgress.Instance, cache);
        watch.Stop();
        if (diagnostics.HasErrors) throw new InvalidOperationException("the rebuild failed: " + string.Join("; ", diagnostics.Sorted()));
        return watch.Elapsed.TotalMilliseconds;
    }

    private sealed class StepTimes : IBuildProgress
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _started = new();

        public List<(string Step, double Ms)> Times { get; } = [];

        public void Started(string step) => _started[step] = Stopwatch.GetTimestamp();

        public void Pages(string step, int pages) { }

        public void Finished(string step)
        {
            lock (Times) Times.Add((step, Stopwatch.GetElapsedTime(_started[step]).TotalMilliseconds));
        }
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return to;
    }
}
