using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Build;

/// <summary>
/// A build replaces only an output folder it made itself (one with its marker file), and two builds into the same
/// folder never run at once.
/// </summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-out-safety-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    private static OutputSet Outputs(params (string Name, string Text)[] files)
    {
        var set = new OutputSet();
        foreach (var (name, text) in files) set.Add(name, text);
        return set;
    }

    private (BuildResult Result, string[] Errors) Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = ReportBuilder.Run(new BuildOptions(BuildCommand.Build, RepoPaths.Data, RepoPaths.Templates, Out, false), diagnostics);
        return (result, [.. diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString().Split('\n')[0])]);
    }

    [Fact]
    public void Every_output_folder_carries_the_marker()
    {
        Outputs(("a.md", "a")).CommitTo(Out);

        Assert.True(File.Exists(Path.Combine(Out, OutputSet.MarkerFileName)));
        Assert.Equal([OutputSet.MarkerFileName, "a.md"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_of_the_users_own_files_is_not_replaced()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "my-notes.txt"), "mine");

        var (_, errors) = Build();

        Assert.Equal([$"{Out}: error RG750: {Out}/ holds files ReportGen did not write; choose another --out or empty it."], errors);
        Assert.Equal(["my-notes.txt"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "my-notes.txt")));
    }

    [Fact]
    public void A_folder_that_ReportGen_wrote_is_replaced_and_an_empty_one_is_used()
    {
        Directory.CreateDirectory(Out);
        Assert.True(OutputSet.MayReplace(Out, "out", new DiagnosticBag()));

        Outputs(("a.md", "a")).CommitTo(Out);
        Assert.True(OutputSet.MayReplace(Out, "out", new DiagnosticBag()));
    }

    [Fact]
    public void A_file_named_as_the_output_folder_is_not_replaced()
    {
        File.WriteAllText(Out, "a file");
        var bag = new DiagnosticBag();

        Assert.False(OutputSet.MayReplace(Out, "out", bag));
        Assert.Equal("RG750", Assert.Single(bag.Items).Code);
        Assert.Equal("a file", File.ReadAllText(Out));
    }

    [Fact]
    public void A_second_build_into_a_locked_folder_refuses_and_says_so()
    {
        using (var held = OutputLock.TryTake(Out))
        {
            Assert.NotNull(held);
            Assert.Null(OutputLock.TryTake(Out));

            var (result, errors) = Build();

            Assert.Empty(result.Outputs.Files);
            var error = Assert.Single(errors);
            Assert.StartsWith($"{Out}: error RG751: another ReportGen build is writing to {Out}/ right now", error);
            Assert.False(Directory.Exists(Out));
        }
        // Released: the lock file goes with it, and the next build may take the lock.
        Assert.False(File.Exists(OutputLock.PathFor(Out)));
        using var again = OutputLock.TryTake(Out);
        Assert.NotNull(again);
    }

    [Fact]
    public void A_lock_whose_file_was_replaced_is_taken_on_the_new_file()
    {
        var path = OutputLock.PathFor(Out);
        using var first = OutputLock.TryTake(Out);
        Assert.NotNull(first);
        first!.Dispose(); // deletes the file it locked

        File.WriteAllText(path, "");
        using var second = OutputLock.TryTake(Out);
        Assert.NotNull(second);
        Assert.Null(OutputLock.TryTake(Out));
    }
}
