using CsCheck;
using ReportGen.Build;

namespace ReportGen.Tests.Build;

/// <summary>
/// The commit of an output folder stopped after any of its steps, as a kill would stop it (no clean-up runs), then
/// recovered as the next build recovers before it reads anything: out/ is always the old complete build or the new
/// one, never a mixture, never half of one, and nothing temporary is left beside it. Real kill -9 runs of the command
/// line are in Cli/InterruptedBuildTests.
/// </summary>
public sealed class RecoveryPropertyTests(ITestOutputHelper output)
{
    private sealed class Killed : Exception;

    private static readonly Gen<Dictionary<string, string>> Files =
        Gen.Select(Gen.OneOf("a.md", "b.tex", "c.pdf", "sub/d.svg", "sub/deeper/e.md", "f.md"), Gen.String[Gen.Char['a', 'z'], 0, 20])
            .Array[1, 6]
            .Select(files => files.GroupBy(f => f.Item1).ToDictionary(g => g.Key, g => g.First().Item2));

    private static readonly Gen<(Dictionary<string, string>? Old, Dictionary<string, string> New, int KillAfter, bool KillRecovery)> Case =
        Gen.Select(Gen.Frequency((1, Gen.Const((Dictionary<string, string>?)null)), (4, Files.Select(f => (Dictionary<string, string>?)f))),
            Files, Gen.Int[1, 30], Gen.Frequency((3, false), (1, true)));

    [Fact]
    public void A_commit_stopped_after_any_step_leaves_the_old_or_the_new_complete_build()
    {
        var stops = new HashSet<string>();
        new Fuzz(output).Run("commit stopped at random steps", Case, ciCases: 400, c =>
        {
            var root = Directory.CreateTempSubdirectory("reportgen-recovery-").FullName;
            try
            {
                var outFolder = Path.Combine(root, "out");
                if (c.Old is not null) Set(c.Old).CommitTo(outFolder);

                var steps = 0;
                var commit = Set(c.New, step =>
                {
                    if (++steps != c.KillAfter) return;
                    lock (stops) stops.Add(step.Split(' ')[0]);
                    throw new Killed();
                });
                var killed = false;
                try { commit.CommitTo(outFolder); }
                catch (Killed) { killed = true; }

                // A second commit stopped too, some of the time, before the recovery that finally runs to its end.
                if (killed && c.KillRecovery)
                {
                    var again = 0;
                    try { Set(c.New, _ => { if (++again == c.KillAfter / 2 + 1) throw new Killed(); }).CommitTo(outFolder); }
                    catch (Killed) { }
                }
                OutputSet.RecoverInterruptedCommit(outFolder);

                var now = Read(outFolder);
                var isOld = c.Old is null ? now is null : now is not null && Same(now, c.Old);
                var isNew = now is not null && Same(now, c.New);
                Assert.True(isOld || isNew,
                    $"stopped after step {c.KillAfter}: out/ holds [{(now is null ? "nothing" : string.Join(", ", now.Keys))}]");
                if (!killed) Assert.True(isNew, "a commit that was not stopped must leave the new build");
                Assert.Equal(now is null ? [] : ["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, c => $"old [{(c.Old is null ? "none" : string.Join(", ", c.Old.Keys))}] new [{string.Join(", ", c.New.Keys)}] stop after {c.KillAfter}");
        output.WriteLine("stopped after: " + string.Join(", ", stops.Order()));
        // The cases must reach every kind of step, or the property says nothing about the dangerous ones.
        Assert.Superset(new HashSet<string> { "wrote", "staging", "previous", "new", "marker", "deleted", "folder" }, stops);
    }

    private static OutputSet Set(Dictionary<string, string> files, Action<string>? afterStep = null)
    {
        var set = new OutputSet { AfterStep = afterStep };
        foreach (var (name, text) in files) set.Add(name, text);
        return set;
    }

    /// <summary>The folder's files (without the marker), or null when there is no folder; a folder without its marker is reported as such.</summary>
    private static Dictionary<string, string>? Read(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        Assert.True(File.Exists(Path.Combine(folder, OutputSet.MarkerFileName)), "out/ exists without its marker");
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputSet.MarkerFileName)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
