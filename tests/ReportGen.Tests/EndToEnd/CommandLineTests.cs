using System.Reflection;
using ReportGen.Cli;

namespace ReportGen.Tests.EndToEnd;

/// <summary>The commands and options of the real executable, on the shipped review.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CommandLineTests(ShippedOutput shipped)
{
    private static readonly string[] OutputNames =
    [
        "abbreviations.html", "abbreviations.md", "abbreviations.pdf", "abbreviations.tex",
            "manuscript.html", "manuscript.md", "manuscript.pdf", "manuscript.tex",
        "prisma.pdf", "prisma.svg", "table2.html", "table2.md", "table2.pdf", "table2.tex",
    ];

    [Fact]
    public void Check_OnShippedReview_PrintsTheSummaryAndWritesNothing()
    {
        using var workspace = new ReviewWorkspace();
        var before = FolderHashes.Of(workspace.Root);

        var result = workspace.Run("check");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: checked; nothing written.\n", ""), result);
        Assert.Equal(before, FolderHashes.Of(workspace.Root));
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Check_WithVerbose_AlsoListsTheSkippedFlowChecks()
    {
        using var workspace = new ReviewWorkspace();

        var result = workspace.Run("check", "--verbose");

        Assert.Equal((0, "26 resources, 24 campaigns: checked; nothing written.\n"), (result.ExitCode, result.Stdout));
        // The shipped flow reports only five counts, so every check that needs another one says it was skipped.
        var diagnostics = result.Stderr.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("  hint: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(18, diagnostics.Count);
        Assert.All(diagnostics, line => Assert.Matches(@"^data/flow\.csv:\d+:\d+: info RG1\d\d: Check skipped: ", line));
        Assert.Equal("data/flow.csv:7:123: info RG110: Check skipped: database_specific_results (line 7) lists no per-database counts.", diagnostics[0]);
    }

    [Theory]
    [InlineData(new[] { "check" }, 1, "error", "1 error(s); nothing was written.\n")]
    [InlineData(new[] { "check", "--prisma-warnings" }, 0, "warning", "")]
    public void Check_WithFlowCountsThatDoNotAddUp_FailsUnlessPrismaWarnings(string[] args, int exitCode, string severity, string tail)
    {
        using var workspace = new ReviewWorkspace();
        workspace.Replace("data/flow.csv", "total_studies.html,26", "total_studies.html,27");

        var result = workspace.Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(exitCode == 0 ? "26 resources, 24 campaigns: checked; nothing written.\n" : "", result.Stdout);
        Assert.Equal($"""
            data/flow.csv:29:146: {severity} RG121: total_studies (line 29) is 27, but new_studies (line 27) = 26.
              hint: Without a previous version of the review, the total studies are the new studies. Correct the counts in the flow file, or build with --prisma-warnings to draw the diagram anyway.

            """ + tail, result.Stderr);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Build_OnShippedReview_WritesEveryOutputIntoOut()
    {
        using var workspace = new ReviewWorkspace();

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 14 files to out.\n", ""), result);
        Assert.Equal(OutputNames, Directory.GetFiles(workspace.PathOf("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
        Assert.Equal(["data", "out", "templates"], workspace.Entries());
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Temp));
    }

    [Fact]
    public void Build_WithFolderOptions_ReadsAndWritesOnlyTheNamedFolders()
    {
        // No data/ or templates/ exist here, so a build that ignored an option could not succeed.
        using var workspace = new ReviewWorkspace(dataFolder: "charted", templatesFolder: "layouts");

        var result = workspace.Run("build", "--data", "charted", "--templates", "layouts", "--out", "results/v1");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 14 files to results/v1.\n", ""), result);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("results/v1")));
        Assert.Equal(["charted", "layouts", "results"], workspace.Entries());
        Assert.Equal(["v1"], Directory.EnumerateFileSystemEntries(workspace.PathOf("results")).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_WithDataOption_NamesTheFilesInDiagnosticsAsTheUserNamedTheFolder()
    {
        using var workspace = new ReviewWorkspace(dataFolder: "charted");
        workspace.Replace("charted/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,");

        var result = workspace.Run("build", "--data", "charted");

        Assert.Equal(new CliResult(1, "", """
            charted/campaigns.csv:25:27: error RG035: country 'SE' is not in values.csv; did you mean 'SWE'?
              hint: Use one of the country ids in values.csv (CA, AUS, USA, UK, NLD, SWE), or add 'SE' to values.csv.
            1 error(s); nothing was written.

            """), result);
    }

    [Fact]
    public void Build_IntoAPathThatIsAFile_SaysSoWithoutAStackTraceAndKeepsTheFile()
    {
        using var workspace = new ReviewWorkspace();
        File.WriteAllText(workspace.PathOf("results"), "notes");

        var result = workspace.Run("build", "--out", "results");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        // The middle of the first line is the runtime's own wording, which may change between .NET versions.
        var lines = result.Stderr.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("reportgen: a file could not be read or written: ", lines[0]);
        Assert.Contains(workspace.PathOf("results"), lines[0]);
        Assert.Equal("Your previous outputs were not changed. Check that --out names a folder you may write to.", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("notes", File.ReadAllText(workspace.PathOf("results")));
        Assert.Equal(["data", "results", "templates"], workspace.Entries());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("build", "--help")]
    [InlineData("check", "--data", "elsewhere", "-h")]
    public void Help_AnywhereOnTheLine_PrintsTheUsageAndDoesNothingElse(params string[] args)
    {
        using var workspace = new ReviewWorkspace();

        var result = workspace.Run(args);

        Assert.Equal(new CliResult(0, CommandLine.Usage + "\n", ""), result);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Version_PrintsTheVersionOfTheExecutable()
    {
        var version = AssemblyName.GetAssemblyName(CliProcess.Executable).Version!;
        using var workspace = new ReviewWorkspace();

        var result = workspace.Run("--version");

        Assert.Equal(new CliResult(0, $"reportgen {version.ToString(3)}\n", ""), result);
    }

    [Theory]
    [InlineData("the current folder", "--out", ".")]
    [InlineData("the data folder", "--out", "data")]
    [InlineData("the templates folder", "--out", "templates/")]
    [InlineData("the data folder", "--data", "review/data", "--out", "review")]
    public void Build_IntoAFolderThatHoldsTheReview_IsRefusedBeforeAnythingIsTouched(string lost, params string[] options)
    {
        // Only folders inside the workspace: were the guard broken, this test must not delete anything else.
        using var workspace = new ReviewWorkspace();
        var before = FolderHashes.Of(workspace.Root);

        var result = workspace.Run(["build", .. options]);

        var output = options[Array.IndexOf(options, "--out") + 1];
        Assert.Equal(new CliResult(2, "", $"reportgen: '--out {output}' would replace {lost}: a build replaces its whole output folder, " +
            "so give it one of its own, such as 'out'.\nRun 'reportgen --help' for usage.\n"), result);
        Assert.Equal(before, FolderHashes.Of(workspace.Root));
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Theory]
    [InlineData("no command given; use 'build' or 'check'.")]
    [InlineData("unknown command 'publish'; use 'build' or 'check'.", "publish")]
    [InlineData("unknown command '--out'; use 'build' or 'check'.", "--out", "x", "build")]
    [InlineData("unknown option '--output'.", "build", "--output", "x")]
    [InlineData("unknown option 'extra'.", "check", "extra")]
    [InlineData("option '--out' needs a folder after it.", "build", "--out")]
    [InlineData("option '--data' needs a folder after it.", "build", "--data", "--templates", "layouts")]
    [InlineData("option '--templates' needs a folder after it.", "check", "--templates")]
    public void WrongCommandLine_ExitsWithTwoAndSaysWhatIsWrong(string message, params string[] args)
    {
        using var workspace = new ReviewWorkspace();

        var result = workspace.Run(args);

        Assert.Equal(new CliResult(2, "", $"reportgen: {message}\nRun 'reportgen --help' for usage.\n"), result);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }
}
