
namespace ReportGen.Tests.Cli;

/// <summary>
/// A build killed at any moment (a power cut, kill -9) never leaves a half-written out/: the output folder is
/// written beside out/ under a temporary name and swapped in with two renames (src/ReportGen/Build/OutputSet.cs),
/// and the next build cleans up whatever a killed one left. Builds are deterministic, so "the previous output"
/// and "a fresh good build" are the same bytes, whichever side of the commit a kill falls on.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class InterruptedBuildTests(ShippedOutput shipped, ITestOutputHelper log)
{
    /// <summary>Moments to kill at, from the runtime's start-up to past a whole build (about a second here).</summary>
    private static readonly int[] KillDelaysMs = [0, 50, 150, 300, 600, 900, 1200];

    [Fact]
    public void Build_KilledAtAnyMoment_LeavesThePreviousOutputAndTheNextBuildCleansUp()
    {
        using var workspace = ReviewCopy.Shipped();
        shipped.CopyTo(workspace.PathOf("out"));

        foreach (var delay in KillDelaysMs)
        {
            using var build = workspace.Start("build");
            Thread.Sleep(delay);
            KillAndCheck(workspace, build, $"killed after {delay} ms");
        }

        // A few more, killed the moment a staging folder appears: the commit takes milliseconds, and this is the
        // likeliest way to catch a build inside it (the log says whether it was caught; the theory below covers
        // each state a kill there can leave, deterministically).
        for (var round = 1; round <= 3; round++)
        {
            using var build = workspace.Start("build");
            var ownStaging = workspace.PathOf($".out.reportgen-tmp-{build.Id}");
            SpinWait.SpinUntil(() => build.HasExited || Directory.Exists(ownStaging), TimeSpan.FromMinutes(1));
            KillAndCheck(workspace, build, $"killed when its staging folder appeared (round {round})");
        }

        var result = workspace.Run("build");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
        Assert.Equal(["data", "out", "templates"], workspace.Entries());
    }

    /// <summary>Where a killed build can leave things: the previous output, and what the dead build had written.</summary>
    public static TheoryData<string> LeftoverStates => ["while writing its staging folder", "between the two renames", "after the second rename"];

    [Theory]
    [MemberData(nameof(LeftoverStates))]
    public void Build_AfterAKilledBuild_PutsThePreviousOutputBackEvenWhenItFails(string state)
    {
        using var workspace = ReviewCopy.Shipped();
        var staging = workspace.PathOf($".out.reportgen-tmp-{DeadProcessId(workspace)}");
        var previous = state == "between the two renames" ? staging + "-old" : workspace.PathOf("out");
        shipped.CopyTo(previous);
        if (state == "while writing its staging folder")
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "manuscript.md"), "# Half a manu");
        }
        if (state == "after the second rename") shipped.CopyTo(staging + "-old");
        workspace.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,");

        var result = workspace.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
        Assert.Equal(["data", "out", "templates"], workspace.Entries());
    }

    private void KillAndCheck(ReviewCopy workspace, CliProcess build, string when)
    {
        var finished = build.HasExited;
        build.Kill();
        var leftovers = StagingFolders(workspace);
        log.WriteLine($"{when}: {(finished ? "had already finished" : "killed")}; out/ {(Directory.Exists(workspace.PathOf("out")) ? "present" : "absent")}; " +
            $"left [{string.Join(", ", leftovers.Select(Path.GetFileName))}]; {Directory.GetFileSystemEntries(workspace.Temp).Length} entries in TMPDIR");

        // Only a kill between the two renames leaves out/ absent; the previous output then waits, whole, in the
        // retired folder, which the next build puts back (checked by the theory below).
        var previous = Directory.Exists(workspace.PathOf("out"))
            ? workspace.PathOf("out")
            : Assert.Single(leftovers, folder => folder.EndsWith("-old", StringComparison.Ordinal));
        Assert.Equal(
            $"{when}:\n{string.Join('\n', shipped.Hashes)}",
            $"{when}:\n{string.Join('\n', FolderHashes.Of(previous))}");
    }

    private static string[] StagingFolders(ReviewCopy workspace) =>
        Directory.GetDirectories(workspace.Root, ".out.reportgen-tmp-*");

    /// <summary>The id of a process that has ended, as a killed build's is; its folders count as abandoned.</summary>
    private static int DeadProcessId(ReviewCopy workspace)
    {
        using var ended = workspace.Start("--version");
        ended.WaitForExit();
        return ended.Id;
    }
}
