using ReportGen.Diagnostics;
using Spectre.Console;

namespace ReportGen.Cli.Output;

/// <summary>
/// Diagnostics for a person, on stderr. On a colour terminal the place is bold, errors red, warnings yellow and
/// hints dim; anywhere else each is exactly <see cref="Diagnostic.ToString"/>, as logs and scripts expect.
/// </summary>
internal static class TextDiagnostics
{
    /// <param name="foldRepeats">Show only the first few warnings of each code (<see cref="RepeatedWarnings"/>).</param>
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, CliConsole console, bool foldRepeats = false)
    {
        var (shown, folded) = foldRepeats ? RepeatedWarnings.Fold(diagnostics) : (diagnostics, []);
        if (!console.Colour)
        {
            foreach (var d in shown) console.Error.WriteLine(d);
            foreach (var (code, hidden) in folded) console.Error.WriteLine(RepeatedWarnings.Line(code, hidden));
            return;
        }
        var terminal = console.ErrorTerminal();
        foreach (var d in shown)
        {
            var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            terminal.MarkupLine($"[bold]{Markup.Escape(d.Location)}:[/] [{colour}]{d.Severity.Name()} {d.Code}:[/] {Markup.Escape(d.Message)}");
            if (d.Hint is not null) terminal.MarkupLine($"[dim]  hint: {Markup.Escape(d.Hint)}[/]");
        }
        foreach (var (code, hidden) in folded) terminal.MarkupLine($"[yellow]{Markup.Escape(RepeatedWarnings.Line(code, hidden))}[/]");
    }
}
