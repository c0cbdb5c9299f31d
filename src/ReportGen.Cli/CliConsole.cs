using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>
/// Where the command line writes, and what it may do there. Colour and progress need a terminal on stderr; a
/// file or a pipe gets the plain text that logs and scripts have always read. NO_COLOR (no-color.org) turns
/// colour off on a terminal too.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, bool NoColor)
{
    public bool Colour => ErrorIsTerminal && !NoColor;

    public static CliConsole FromProcess() => new(
        Console.Out, Console.Error, !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 });

    /// <summary>For tests: plain writers, no terminal.</summary>
    public static CliConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);

    /// <summary>Spectre's view of stderr, for colour and progress; only made when stderr is a terminal.</summary>
    public IAnsiConsole ErrorTerminal()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Error),
        });
        // A diagnostic is one line however narrow the window: wrapping it would break copy and paste of paths.
        console.Profile.Width = 100_000;
        return console;
    }
}
