using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// REPORTGEN_TIMINGS=1 says where a cold build goes (bench/run.sh reads it), and which libraries it loaded: a normal
/// build draws its own figure on the PDF canvas and never loads Svg.Skia, whose first use cost a quarter of a second.
/// </summary>
public class StartupTimingsTests
{
    [Fact]
    public void Build_WithTimings_TimesEveryStepAndNeverLoadsSvgSkia()
    {
        using var workspace = ReviewCopy.Shipped();
        var result = CliProcess.Run(workspace.Root, workspace.Temp,
            new Dictionary<string, string> { ["REPORTGEN_TIMINGS"] = "1" }, "build");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n');
        string[] steps = ["runtime start, before Main", "reading data", "templates", "prisma.pdf", "manuscript.pdf", "table2.docx", "build, all steps"];
        foreach (var step in steps)
            Assert.Contains(lines, l => l.StartsWith($"  {step} | ", StringComparison.Ordinal));
        var assemblies = Assert.Single(lines, l => l.StartsWith("REPORTGEN_TIMINGS: assemblies loaded: ", StringComparison.Ordinal))
            ["REPORTGEN_TIMINGS: assemblies loaded: ".Length..].Split(", ");
        Assert.Contains("SkiaSharp", assemblies);
        Assert.Contains("Markdig", assemblies);
        Assert.DoesNotContain(assemblies, a => a.StartsWith("Svg", StringComparison.Ordinal));
    }
}
