namespace ReportGen.Tests.Cli;

/// <summary>
/// What each command accepts and refuses. A wrong command line exits with 2, says what is wrong in
/// System.CommandLine's words (with its did-you-mean), and ends with where to find the usage.
/// </summary>
public sealed class CommandParsingTests
{
    private const string UsageLine = "Run 'reportgen --help' for usage.\n";

    [Theory]
    [InlineData("buld", "build")]
    [InlineData("chek", "check")]
    [InlineData("explian", "explain")]
    [InlineData("completoin", "completion")]
    public void A_mistyped_command_exits_with_2_and_names_the_command_it_was_meant_to_be(string typed, string meant)
    {
        var result = InProcessCli.Run(typed);

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.StartsWith($"'{typed}' was not matched. Did you mean one of the following?\n{meant}\n", result.Stderr);
        Assert.Contains($"Unrecognized command or argument '{typed}'.", result.Stderr);
        Assert.EndsWith(UsageLine, result.Stderr);
    }

    [Theory]
    [InlineData("build", "--ouput", "--out")]
    [InlineData("build", "--tempaltes", "--templates")]
    [InlineData("check", "--prisma-warning", "--prisma-warnings")]
    [InlineData("check", "--verbos", "--verbose")]
    [InlineData("check", "--diagnostic", "--diagnostics")]
    public void A_mistyped_option_exits_with_2_and_names_the_option_it_was_meant_to_be(string command, string typed, string meant)
    {
        var result = InProcessCli.Run(command, typed);

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.StartsWith($"'{typed}' was not matched. Did you mean one of the following?\n{meant}\n", result.Stderr);
        Assert.EndsWith($"Unrecognized command or argument '{typed}'.\n\n{UsageLine}", result.Stderr);
    }

    [Theory]
    [InlineData("Required command was not provided.")]
    [InlineData("Required argument missing for option: '--out'.", "build", "--out")]
    [InlineData("Required argument missing for option: '--templates'.", "check", "--templates")]
    [InlineData("option '--data' needs a folder after it, not '--templates'.", "build", "--data", "--templates", "layouts")]
    [InlineData("option '--out' needs a folder after it, not '-q'.", "build", "--out", "-q")]
    [InlineData("Unrecognized command or argument 'extra'.", "check", "extra")]
    [InlineData("Unrecognized command or argument '--out'.", "check", "--out", "x")]
    [InlineData("Argument 'xml' not recognized. Must be one of:\n\t'text'\n\t'json'\n\t'sarif'", "build", "--diagnostics", "xml")]
    [InlineData("Required argument 'CODE' missing for command: 'explain'.", "explain")]
    [InlineData("Unrecognized command or argument 'RG036'.", "explain", "RG035", "RG036")]
    [InlineData("Argument 'fish' not recognized. Must be one of:\n\t'bash'\n\t'zsh'", "completion", "fish")]
    public void A_wrong_command_line_exits_with_2_and_says_what_is_wrong(string message, params string[] args)
    {
        var result = InProcessCli.Run(args);

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.Contains(message + "\n", result.Stderr);
        Assert.EndsWith(UsageLine, result.Stderr);
    }

    [Fact]
    public void Version_prints_the_version_alone()
    {
        Assert.Equal(new CliResult(0, $"reportgen {ReportGen.Cli.ReportGenCommandLine.Version}\n", ""), InProcessCli.Run("--version"));
        Assert.Matches(@"^\d+\.\d+\.\d+$", ReportGen.Cli.ReportGenCommandLine.Version);
    }

    [Fact]
    public void Every_command_is_listed_in_the_help_from_its_own_class()
    {
        var help = InProcessCli.Run("--help").Stdout;

        Assert.All(ReportGen.Cli.ReportGenCommandLine.Commands, command =>
        {
            var name = command.Create(ReportGen.Cli.CliConsole.Redirected(TextWriter.Null, TextWriter.Null)).Name;
            Assert.Matches($@"\n  {name}\b", help);
        });
    }
}
