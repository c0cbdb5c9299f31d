using System.CommandLine;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen explain RG035</c>: what a diagnostic code means, from the one catalogue.</summary>
internal sealed class ExplainCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var code = new Argument<string>("code") { Description = "a diagnostic code, such as RG035", HelpName = "CODE" };
        code.CompletionSources.Add(_ => DiagnosticCatalogue.All.Select(d => d.Code));
        var command = new Command("explain", "Explain a diagnostic code: what it means, an example that causes it, and how to fix it.")
        {
            code,
        };
        command.SetAction(result => Explain(result.GetValue(code)!, console));
        return command;
    }

    private static int Explain(string code, CliConsole console)
    {
        if (DiagnosticCatalogue.Find(code) is not { } entry)
        {
            var all = DiagnosticCatalogue.All;
            console.Error.WriteLine($"reportgen: '{code}' is not a diagnostic code of ReportGen; codes run from {all[0].Code} to {all[^1].Code}.");
            console.Error.WriteLine("docs/diagnostics.md lists them all.");
            return ExitCodes.UsageError;
        }
        console.Out.WriteLine($"{entry.Code} ({entry.Severity.Name()}): {entry.Title}");
        console.Out.WriteLine();
        console.Out.WriteLine(entry.Meaning);
        console.Out.WriteLine();
        console.Out.WriteLine($"Example: {entry.Example}");
        console.Out.WriteLine();
        console.Out.WriteLine($"Fix: {entry.Fix}");
        return ExitCodes.Success;
    }
}
