using System.CommandLine;
using ReportGen.Build;
using ReportGen.Cli.Output;
using ReportGen.Cli.Watch;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen watch</c>: builds, then rebuilds on every change to the data or templates, and serves a live HTML
/// preview on localhost until Ctrl+C.
/// </summary>
internal sealed class WatchCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "the review's CSV files", HelpName = "DIR", DefaultValueFactory = _ => "data" };
        var templates = new Option<string>("--templates") { Description = "the Scriban templates", HelpName = "DIR", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "where outputs go after each successful build", HelpName = "DIR", DefaultValueFactory = _ => "out" };
        var port = new Option<int>("--port") { Description = "the preview's port on 127.0.0.1", DefaultValueFactory = _ => 5280 };
        var command = new Command("watch", "Build, then rebuild on every change to the data or templates, with a live HTML preview in the browser.")
        {
            data, templates, output, port,
        };
        command.SetAction(async (result, cancel) =>
        {
            var (dataFolder, templatesFolder, outFolder) = (result.GetValue(data)!, result.GetValue(templates)!, result.GetValue(output)!);
            if (OutputFolderGuard.WouldReplace(outFolder, dataFolder, templatesFolder) is { } lost)
            {
                console.Error.WriteLine($"reportgen: '--out {outFolder}' would replace {lost}; give the outputs a folder of their own, such as 'out'.");
                return ExitCodes.UsageError;
            }
            var options = new BuildOptions(BuildCommand.Build, dataFolder, templatesFolder, outFolder, PrismaErrorsAsWarnings: false);
            var state = new PreviewState();
            await using var server = new PreviewServer(state);
            await server.StartAsync(result.GetValue(port), cancel);
            console.Error.WriteLine($"Previewing at {server.Address}manuscript.html; press Ctrl+C to stop.");
            var loop = new WatchLoop(options, state, (built, diagnostics) =>
            {
                TextDiagnostics.Write(diagnostics.Sorted().Where(d => d.Severity != Diagnostics.Severity.Info).ToList(), console, foldRepeats: true);
                console.Error.WriteLine(diagnostics.HasErrors ? $"{diagnostics.ErrorCount} error(s); the preview keeps the last good build." : built.Summary);
            });
            await loop.RunAsync(cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
