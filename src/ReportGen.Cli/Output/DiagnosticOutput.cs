using System.CommandLine;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Output;

/// <summary>
/// The <c>--diagnostics text|json|sarif</c> option the commands that report diagnostics share, and the one place that
/// writes them in the chosen format: text for people on stderr, JSON lines or SARIF 2.1.0 for programs on stdout.
/// </summary>
internal static class DiagnosticOutput
{
    public static Option<string> Option()
    {
        var format = new Option<string>("--diagnostics")
        {
            Description = "text for people (stderr); json (one object per line) or sarif (SARIF 2.1.0) for programs (stdout)",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        return format;
    }

    public static DiagnosticFormat Parse(string value) => Enum.Parse<DiagnosticFormat>(value, ignoreCase: true);

    /// <summary>Where a summary line goes: with a machine-readable format stdout carries the diagnostics alone.</summary>
    public static TextWriter SummaryWriter(DiagnosticFormat format, CliConsole console) =>
        format == DiagnosticFormat.Text ? console.Out : console.Error;

    /// <param name="foldRepeats">For people: only the first few warnings of each code, then how many more (TextDiagnostics).</param>
    public static void Write(DiagnosticFormat format, IReadOnlyList<Diagnostic> shown, bool succeeded, CliConsole console, bool foldRepeats = false)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                JsonDiagnostics.Write(shown, console.Out);
                break;
            case DiagnosticFormat.Sarif:
                SarifLog.Write(shown, succeeded, ReportGenCommandLine.Version, console.Out);
                break;
            default:
                TextDiagnostics.Write(shown, console, foldRepeats);
                break;
        }
    }
}
