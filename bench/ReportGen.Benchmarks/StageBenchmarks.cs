using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ReportGen.Benchmarks;

/// <summary>
/// BenchmarkDotNet timings and allocations of each stage in <see cref="Stages"/>. Reviews measured:
/// <c>REPORTGEN_BENCH_REVIEWS</c> (default "shipped 1000"; e.g. "shipped 100 1000 10000").
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class StageBenchmarks : IDisposable
{
    private ReviewFixture _fixture = null!;

    [ParamsSource(nameof(Reviews))]
    public string Review { get; set; } = ReviewFixture.Shipped;

    public static IEnumerable<string> Reviews() =>
        (Environment.GetEnvironmentVariable("REPORTGEN_BENCH_REVIEWS") ?? "shipped 1000")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GlobalSetup]
    public void Setup() => _fixture = new ReviewFixture(Review);

    [GlobalCleanup]
    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "read and validate")]
    public object Load() => _fixture.Load();

    [Benchmark(Description = "analyse")]
    public object Analyze() => _fixture.Analyze();

    [Benchmark(Description = "templates")]
    public object Templates() => _fixture.RenderMarkdown();

    [Benchmark(Description = "PRISMA figure (SVG)")]
    public object PrismaSvg() => _fixture.DrawFlowDiagram();

    [Benchmark(Description = "GitHub Markdown")]
    public object Markdown() => Stages.Markdown(_fixture);

    [Benchmark(Description = "LaTeX")]
    public object Latex() => Stages.Latex(_fixture);

    [Benchmark(Description = "PDF")]
    public object Pdf() => Stages.Pdf(_fixture);

    [Benchmark(Description = "DOCX")]
    public object Docx() => Stages.Docx(_fixture);

    [Benchmark(Description = "PRISMA figure (PDF)")]
    public object PrismaPdf() => Stages.PrismaPdf(_fixture);
}
