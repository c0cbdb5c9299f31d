using ReportGen.Diagnostics;
using Spectre.Console;

namespace ReportGen.Cli.Output;

/// <summary>
/// Diagnostics for a person, on stderr. On a colour terminal the place is bold, errors red, warnings yellow and
/// hints dim; anywhere else each is exactly <see cref="Diagnostic.ToString"/>, as logs and scripts expect.
/// </summary>
internal static class TextDiagnostics
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, CliConsole console)
    {
        if (!console.Colour)
        {
            foreach (var d in diagnostics) console.Error.WriteLine(d);
            return;
        }
        var terminal = console.ErrorTerminal();
        foreach (var d in diagnostics)
        {
            var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            terminal.MarkupLine($"[bold]{Markup.Escape(d.Location)}:[/] [{colour}]{d.Severity.Name()} {d.Code}:[/] {Markup.Escape(d.Message)}");
            if (d.Hint is not null) terminal.MarkupLine($"[dim]  hint: {Markup.Escape(d.Hint)}[/]");
        }
    }
}
