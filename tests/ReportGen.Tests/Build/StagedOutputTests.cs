using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Build;

/// <summary>
/// A build that writes a folder stages each output on disk as it is made, beside the output folder, instead of
/// holding every file in memory until the end (#20): the folder still changes only when the whole build succeeded.
/// </summary>
public sealed class StagedOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-staged-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    private (BuildResult Result, DiagnosticBag Diagnostics) Build(TimeSpan? writerTime = null)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(BuildCommand.Build, RepoPaths.Data, RepoPaths.Templates, Out, PrismaErrorsAsWarnings: false);
        if (writerTime is { } time) options = options with { WriterTime = time, WriterTimePerCell = TimeSpan.Zero };
        return (ReportBuilder.Run(options, diagnostics), diagnostics);
    }

    private string[] Siblings() => [.. Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void A_build_whose_writers_fail_leaves_the_previous_outputs_and_no_staging_folder()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, OutputSet.MarkerFileName), "previous\n");
        File.WriteAllText(Path.Combine(Out, "manuscript.md"), "the previous build's manuscript\n");

        var (result, diagnostics) = Build(writerTime: TimeSpan.Zero);

        Assert.Contains(diagnostics.Items, d => d.Code == "RG226");
        Assert.Empty(result.Outputs.Files);
        Assert.Equal(["out"], Siblings());
        Assert.Equal([OutputSet.MarkerFileName, "manuscript.md"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("the previous build's manuscript\n", File.ReadAllText(Path.Combine(Out, "manuscript.md")));
    }

    [Fact]
    public void A_successful_build_moves_its_staged_files_into_place_and_reads_them_back_from_there()
    {
        var (result, diagnostics) = Build();

        Assert.False(diagnostics.HasErrors);
        var written = Directory.GetFiles(Out).Select(Path.GetFileName).Where(n => n != OutputSet.MarkerFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(written, result.Outputs.Files.Keys);
        Assert.Contains("manuscript.docx", written);
        foreach (var (name, bytes) in result.Outputs.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out, name))), $"{name} differs from the file in place");
        Assert.DoesNotContain(Siblings(), n => n.Contains("reportgen-tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_discarded_staged_set_takes_no_more_files_and_leaves_nothing()
    {
        var outputs = OutputSet.StagedIn(Out);
        outputs.Add("a.md", "a");
        Assert.Single(Siblings(), n => n.Contains("reportgen-tmp", StringComparison.Ordinal));

        outputs.Discard();
        // A writer abandoned at its time limit may finish after its build failed.
        outputs.Add("late.md", "late");

        Assert.Empty(outputs.Files);
        Assert.Empty(Siblings());
        Assert.Throws<InvalidOperationException>(() => outputs.CommitTo(Out));
        Assert.False(Directory.Exists(Out));
    }
}
