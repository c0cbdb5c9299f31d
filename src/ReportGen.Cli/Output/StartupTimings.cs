using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using ReportGen.Build;

namespace ReportGen.Cli.Output;

/// <summary>
/// Where a cold process spends its time, on stderr after the build when REPORTGEN_TIMINGS=1: runtime start before
/// Main, the command line, each build step, and the methods the JIT compiled in each (bench/RESULTS.md quotes it).
/// The documents are written side by side, so their steps overlap and the JIT counts of overlapping steps are shared.
/// </summary>
internal sealed class StartupTimings : IBuildProgress
{
    public const string Variable = "REPORTGEN_TIMINGS";

    private static readonly long MainEntered = Stopwatch.GetTimestamp();
    private readonly ConcurrentDictionary<string, (long Start, long Methods, TimeSpan Jit)> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _lines = new();

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Called first thing in Main, so that the clock starts there (a static field is read once).</summary>
    public static void MarkMain() => _ = MainEntered;

    public void Started(string stepName) =>
        _open[stepName] = (Stopwatch.GetTimestamp(), JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public void Pages(string stepName, int pages) { }

    public void Finished(string stepName)
    {
        if (!_open.TryRemove(stepName, out var start)) return;
        _lines.Enqueue(Line(stepName, Stopwatch.GetElapsedTime(start.Start),
            JitInfo.GetCompiledMethodCount() - start.Methods, JitInfo.GetCompilationTime() - start.Jit,
            Stopwatch.GetElapsedTime(MainEntered)));
    }

    /// <summary>Runs the build with this as its progress and writes the table to <paramref name="error"/>.</summary>
    public BuildResult Run(Func<IBuildProgress, BuildResult> build, TextWriter error)
    {
        var beforeBuild = Stopwatch.GetElapsedTime(MainEntered);
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var jitBefore = JitInfo.GetCompilationTime();
        var result = build(this);
        var sinceMain = Stopwatch.GetElapsedTime(MainEntered);
        using var process = Process.GetCurrentProcess();
        var beforeMain = DateTime.Now - process.StartTime - sinceMain;

        error.WriteLine($"{Variable}: step | wall ms | JIT methods | JIT ms | ends at ms after Main");
        error.WriteLine(Line("runtime start, before Main", beforeMain, 0, TimeSpan.Zero, TimeSpan.Zero));
        error.WriteLine(Line("Main to build (command line)", beforeBuild, methodsBefore, jitBefore, beforeBuild));
        foreach (var line in _lines) error.WriteLine(line);
        error.WriteLine(Line("build, all steps", sinceMain - beforeBuild, JitInfo.GetCompiledMethodCount() - methodsBefore,
            JitInfo.GetCompilationTime() - jitBefore, sinceMain));
        error.WriteLine(FormattableString.Invariant(
            $"{Variable}: process {(beforeMain + sinceMain).TotalMilliseconds:0} ms; JIT in all {JitInfo.GetCompiledMethodCount()} methods, {JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; {GC.CollectionCount(0)} gen0 GCs; {GC.GetTotalAllocatedBytes() / 1048576.0:0.0} MB allocated; runtime: {(RuntimeFeature.IsDynamicCodeCompiled ? "JIT" : "native AOT")}"));
        // Which libraries the build needed: one that is loaded but not needed costs its first use (Svg.Skia did, 0.24 s).
        error.WriteLine($"{Variable}: assemblies loaded: " + string.Join(", ",
            AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal)));
        return result;
    }

    private static string Line(string step, TimeSpan wall, long methods, TimeSpan jit, TimeSpan endsAt) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {step} | {wall.TotalMilliseconds:0} | {methods} | {jit.TotalMilliseconds:0} | {endsAt.TotalMilliseconds:0}");
}
