using System.CommandLine;
using ReportGen.Build;
using ReportGen.Cli.Output;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen new DIR</c>: a starter review that builds at once, written by <see cref="StarterReview"/>.</summary>
internal sealed class NewCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "the new folder to write the review into", HelpName = "DIR" };
        var command = new Command("new", "Write a starter review (data with one example row per file, fields.csv, templates, README) into a new folder.")
        {
            folder,
        };
        command.SetAction(result => New(result.GetValue(folder)!, console));
        return command;
    }

    private static int New(string folder, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        if (!StarterReview.Write(folder, diagnostics))
        {
            TextDiagnostics.Write(diagnostics.Sorted().ToList(), console);
            return ExitCodes.InputErrors;
        }
        var dir = folder.Replace('\\', '/').TrimEnd('/');
        console.Out.WriteLine($"wrote a starter review to {dir}; build it with:");
        console.Out.WriteLine($"  reportgen build --data {dir}/data --templates {dir}/templates --out {dir}/out");
        return ExitCodes.Success;
    }
}
