using ReportGen.Cli.Output;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Cli;

/// <summary>Text output shows the first few warnings of a code and counts the rest; errors and machine output show all.</summary>
public sealed class RepeatedWarningsTests
{
    [Fact]
    public void Fold_KeepsTheFirstWarningsOfEachCode_AndEveryError()
    {
        var diagnostics = new List<Diagnostic>();
        for (var line = 1; line <= 5; line++) diagnostics.Add(new Diagnostic("data/r.csv", line, 1, Severity.Warning, "RG063", "incomplete", null));
        for (var line = 1; line <= 4; line++) diagnostics.Add(new Diagnostic("data/c.csv", line, 1, Severity.Error, "RG010", "bad", null));
        diagnostics.Add(new Diagnostic("data/f.csv", 1, 1, Severity.Warning, "RG119", "odd", null));

        var (shown, folded) = RepeatedWarnings.Fold(diagnostics);

        Assert.Equal([1, 2, 3], shown.Where(d => d.Code == "RG063").Select(d => d.Line));
        Assert.Equal(4, shown.Count(d => d.Code == "RG010"));
        Assert.Single(shown, d => d.Code == "RG119");
        Assert.Equal([("RG063", 2)], folded);
    }

    [Fact]
    public void Build_OnShippedReview_ShowsThreeReferenceWarnings_AndCountsTheRest_UnlessVerbose()
    {
        using var workspace = ReviewCopy.Shipped();

        var folded = CliProcess.Run(workspace.Root, workspace.Temp, ["check"]);
        var verbose = CliProcess.Run(workspace.Root, workspace.Temp, ["check", "--verbose"]);
        var json = CliProcess.Run(workspace.Root, workspace.Temp, ["check", "--diagnostics", "json"]);

        Assert.Equal(3, Count(folded.Stderr, "warning RG063:"));
        Assert.Contains("\n... and 9 more warnings RG063 like those above; --verbose lists every one.\n", folded.Stderr);
        Assert.Equal(12, Count(verbose.Stderr, "warning RG063:"));
        Assert.DoesNotContain("more warnings", verbose.Stderr);
        Assert.Equal(12, Count(json.Stdout, "\"code\":\"RG063\""));
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
