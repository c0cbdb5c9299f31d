using System.Reflection;
using ReportGen.Tests.Cli;

namespace ReportGen.Tests.Cli;

/// <summary>The commands and options of the real executable, on the shipped review.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class CommandLineTests(ShippedOutput shipped)
{
    private static readonly string[] OutputNames =
    [
        "abbreviations.docx", "abbreviations.html", "abbreviations.md", "abbreviations.pdf", "abbreviations.tex",
        "manuscript.docx", "manuscript.html", "manuscript.md", "manuscript.pdf", "manuscript.tex",
        "prisma.pdf", "prisma.svg", "table2.docx", "table2.html", "table2.md", "table2.pdf", "table2.tex",
    ];

    [Fact]
    public void Check_OnShippedReview_PrintsTheSummaryAndWritesNothing()
    {
        using var workspace = ReviewCopy.Shipped();
        var before = FolderHashes.Of(workspace.Root);

        var result = workspace.Run("check");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: checked; nothing written.\n", ""), result);
        Assert.Equal(before, FolderHashes.Of(workspace.Root));
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Check_WithVerbose_AlsoListsTheSkippedFlowChecks()
    {
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run("check", "--verbose");

        Assert.Equal((0, "26 resources, 24 campaigns: checked; nothing written.\n"), (result.ExitCode, result.Stdout));
        // The shipped flow reports only five counts, so every check that needs another one says it was skipped.
        var diagnostics = result.Stderr.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("  hint: ", StringComparison.Ordinal)).ToList();
        // 16 since issue 15: the flow reports studies and reports apart, so RG119 and RG122 can be checked.
        Assert.Equal(16, diagnostics.Count);
        Assert.All(diagnostics, line => Assert.Matches(@"^data/flow\.csv:\d+:\d+: info RG1\d\d: Check skipped: ", line));
        Assert.Equal("data/flow.csv:7:123: info RG110: Check skipped: database_specific_results (line 7) lists no per-database counts.", diagnostics[0]);
    }

    [Theory]
    [InlineData(new[] { "check" }, 1, "error", "1 error(s); nothing was written.\n")]
    [InlineData(new[] { "check", "--prisma-warnings" }, 0, "warning", "")]
    public void Check_WithFlowCountsThatDoNotAddUp_FailsUnlessPrismaWarnings(string[] args, int exitCode, string severity, string tail)
    {
        using var workspace = ReviewCopy.Shipped();
        workspace.Replace("data/flow.csv", "new_studies.html,24", "new_studies.html,25");

        var result = workspace.Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(exitCode == 0 ? "26 resources, 24 campaigns: checked; nothing written.\n" : "", result.Stdout);
        Assert.Equal($"""
            data/flow.csv:29:146: {severity} RG121: total_studies (line 29) is 24, but new_studies (line 27) = 25.
              hint: Without a previous version of the review, the total studies are the new studies. Correct the counts in the flow file, or build with --prisma-warnings to draw the diagram anyway.

            """ + tail, result.Stderr);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Build_OnShippedReview_WritesEveryOutputIntoOut()
    {
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 17 files to out/ (17 changed)\n", ""), result);
        // The outputs, and the marker that says ReportGen wrote the folder (so a later build may replace it).
        Assert.Equal([ReportGen.Build.OutputSet.MarkerFileName, .. OutputNames],
            Directory.GetFiles(workspace.PathOf("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
        Assert.Equal(["data", "out", "templates"], workspace.Entries());
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Temp));
    }

    [Fact]
    public void Build_Again_SaysHowManyFilesChangedSinceTheLastBuild()
    {
        using var workspace = ReviewCopy.Shipped();
        Assert.Equal(0, workspace.Run("build").ExitCode);

        var unchanged = workspace.Run("build");
        // A file the last build did not write is one that changes: the next build removes it.
        File.WriteAllText(workspace.PathOf("out/notes.txt"), "mine");
        workspace.Replace("templates/documents/abbreviations.sbn", "}}.\n", "}}.\n\nAn added paragraph.\n");
        var edited = workspace.Run("build");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 17 files to out/ (none changed)\n", ""), unchanged);
        // abbreviations.md, .tex, .pdf, .html and .docx, and the removed notes.txt.
        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 17 files to out/ (6 changed)\n", ""), edited);
        Assert.False(File.Exists(workspace.PathOf("out/notes.txt")));
    }

    [Fact]
    public void Build_WithAFontSettingThatNamesNoFile_ReportsRG400AndWritesNothing()
    {
        using var workspace = ReviewCopy.Shipped();

        var result = CliProcess.Run(workspace.Root, workspace.Temp,
            new Dictionary<string, string> { ["REPORTGEN_FONT"] = workspace.PathOf("no-such-font.ttf") }, "build");

        Assert.Equal((1, ""), (result.ExitCode, result.Stdout));
        Assert.StartsWith("data/flow.csv: error RG400: no serif font was found to measure the flow diagram's text", result.Stderr);
        Assert.EndsWith("\n1 error(s); nothing was written.\n", result.Stderr);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Build_WithFolderOptions_ReadsAndWritesOnlyTheNamedFolders()
    {
        // No data/ or templates/ exist here, so a build that ignored an option could not succeed.
        using var workspace = ReviewCopy.Shipped(dataFolder: "charted", templatesFolder: "layouts");

        var result = workspace.Run("build", "--data", "charted", "--templates", "layouts", "--out", "results/v1");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 17 files to results/v1/ (17 changed)\n", ""), result);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("results/v1")));
        Assert.Equal(["charted", "layouts", "results"], workspace.Entries());
        Assert.Equal(["v1"], Directory.EnumerateFileSystemEntries(workspace.PathOf("results")).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_WithDataOption_NamesTheFilesInDiagnosticsAsTheUserNamedTheFolder()
    {
        using var workspace = ReviewCopy.Shipped(dataFolder: "charted");
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
        using var workspace = ReviewCopy.Shipped();
        File.WriteAllText(workspace.PathOf("results"), "notes");

        var result = workspace.Run("build", "--out", "results");

        Assert.Equal(new CliResult(1, "",
            "results: error RG750: results is a file, not a folder; a build writes a folder of outputs there.\n" +
            "  hint: Choose another --out, or move the file 'results' away.\n" +
            "1 error(s); nothing was written.\n"), result);
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
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run(args);

        // The same help as in process, whose text HelpTextTests holds against golden files.
        var command = args.FirstOrDefault(a => a is "build" or "check");
        Assert.Equal(InProcessCli.Run(command is null ? ["--help"] : [command, "--help"]), result);
        Assert.StartsWith(command is null ? "Description:\n  ReportGen turns" : "Description:\n  Check the data", result.Stdout);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Fact]
    public void Version_PrintsTheVersionOfTheExecutable()
    {
        var version = AssemblyName.GetAssemblyName(CliProcess.Executable).Version!;
        using var workspace = ReviewCopy.Shipped();

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
        using var workspace = ReviewCopy.Shipped();
        var before = FolderHashes.Of(workspace.Root);

        var result = workspace.Run(["build", .. options]);

        var output = options[Array.IndexOf(options, "--out") + 1];
        Assert.Equal(new CliResult(2, "", $"reportgen: '--out {output}' would replace {lost}: a build replaces its whole output folder, " +
            "so give it one of its own, such as 'out'.\nRun 'reportgen --help' for usage.\n"), result);
        Assert.Equal(before, FolderHashes.Of(workspace.Root));
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    [Theory]
    [InlineData("Required command was not provided.")]
    [InlineData("Unrecognized command or argument 'publish'.", "publish")]
    [InlineData("Unrecognized command or argument '--out'.", "--out", "x", "build")]
    [InlineData("'--output' was not matched. Did you mean one of the following?\n--out", "build", "--output", "x")]
    [InlineData("Unrecognized command or argument 'extra'.", "check", "extra")]
    [InlineData("Required argument missing for option: '--out'.", "build", "--out")]
    [InlineData("option '--data' needs a folder after it, not '--templates'.", "build", "--data", "--templates", "layouts")]
    [InlineData("Required argument missing for option: '--templates'.", "check", "--templates")]
    public void WrongCommandLine_ExitsWithTwoAndSaysWhatIsWrong(string message, params string[] args)
    {
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run(args);

        // System.CommandLine words the problem; the exit code and the closing line are reportgen's.
        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.Contains(message + "\n", result.Stderr);
        Assert.EndsWith("\nRun 'reportgen --help' for usage.\n", result.Stderr);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }
}
