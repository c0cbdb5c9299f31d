using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using ReportGen.Build;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli;

/// <summary>
/// The <c>reportgen</c> command line on System.CommandLine: it parses, writes help, suggests the command or option
/// that a mistyped one was meant to be, and completes on Tab. A wrong command line exits with 2.
/// </summary>
internal static class ReportGenCommandLine
{
    /// <summary>Every command; a new one is one class here.</summary>
    internal static readonly ICliCommand[] Commands =
    [
        new BuildOrCheckCommand(BuildCommand.Build),
        new BuildOrCheckCommand(BuildCommand.Check),
        new ExplainCommand(),
        new NewCommand(),
        new WatchCommand(),
        new VerifyCommand(),
        new CompletionCommand(),
    ];

    private const int HelpWidth = 100;

    public static string Version { get; } =
        typeof(ReportGenCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static int Run(string[] args, CliConsole console)
    {
        var root = CreateRoot(console);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (parsed.Errors.Count == 0 || parsed.Action is not ParseErrorAction)
            return parsed.Invoke(configuration);

        // System.CommandLine words the errors and the did-you-mean; the exit code and the closing line are ours.
        // All of it goes to stderr: System.CommandLine would write the suggestions to stdout.
        ((ParseErrorAction)parsed.Action).ShowHelp = false;
        parsed.Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
        console.Error.WriteLine("Run 'reportgen --help' for usage.");
        return ExitCodes.UsageError;
    }

    internal static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand(
            "ReportGen turns a review's charted data into its manuscript sections, Table 2 and PRISMA 2020 diagram, " +
            "as Markdown, LaTeX and PDF.\n" +
            "Exit codes: 0 success, 1 errors in the input, 2 wrong command line, 3 internal error.");
        // The name help prints, whatever the process is called ("dotnet reportgen.dll", a test host).
        root.HelpName = "reportgen";
        foreach (var command in Commands) root.Add(command.Create(console));
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new PrintVersion(console);
            // A fixed width, not the window's: the same help on every terminal, in files and in the golden tests.
            if (option is HelpOption { Action: HelpAction help }) help.MaxWidth = HelpWidth;
        }
        return root;
    }

    /// <summary>"reportgen 0.1.0", without the commit hash the informational version carries.</summary>
    private sealed class PrintVersion(CliConsole console) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            console.Out.WriteLine($"reportgen {Version}");
            return ExitCodes.Success;
        }
    }
}
