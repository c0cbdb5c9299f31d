using ReportGen.Cli;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The command line called in this process, with stdout and stderr captured as they are when redirected: for
/// parsing, help and explain, which read no files, so a test needs no child process.
/// </summary>
internal static class InProcessCli
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = ReportGenCommandLine.Run(args, CliConsole.Redirected(output, error));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
