using System.Runtime.CompilerServices;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The help System.CommandLine writes for each command, against golden files in TestFiles/Cli
/// (rewritten with REPORTGEN_UPDATE_GOLDEN=1; review the diff before committing it).
/// </summary>
public sealed class HelpTextTests
{
    [Theory]
    [InlineData("help-reportgen.txt")]
    [InlineData("help-build.txt", "build")]
    [InlineData("help-check.txt", "check")]
    [InlineData("help-explain.txt", "explain")]
    [InlineData("help-completion.txt", "completion")]
    public void Help_for_each_command_matches_its_golden_file(string golden, params string[] command)
    {
        var result = InProcessCli.Run([.. command, "--help"]);

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(Path.Combine(SourceFolder(), golden), result.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Cli", golden)), result.Stdout);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--help", "--data", "elsewhere")]
    [InlineData("--data", "elsewhere", "-h")]
    public void Help_anywhere_on_a_commands_line_is_that_commands_help(params string[] options)
    {
        Assert.Equal(InProcessCli.Run("check", "--help"), InProcessCli.Run(["check", .. options]));
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestFiles", "Cli"));
}
