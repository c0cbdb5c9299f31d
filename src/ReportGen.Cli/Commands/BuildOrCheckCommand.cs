using System.CommandLine;
using ReportGen.Build;
using ReportGen.Cli.Output;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>build</c> (check, then write every output) and <c>check</c> (the same checks and rendering, nothing written):
/// one class, since they share every option but <c>--out</c>.
/// </summary>
internal sealed class BuildOrCheckCommand(BuildCommand kind) : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var data = FolderOption("--data", "the review's CSV files", "data");
        var templates = FolderOption("--templates", "the Scriban templates", "templates");
        var output = FolderOption("--out", "where outputs go; a build replaces everything in it", "out");
        var prismaWarnings = new Option<bool>("--prisma-warnings")
        {
            Description = "report PRISMA flow arithmetic errors as warnings instead of errors",
        };
        var verbose = new Option<bool>("--verbose") { Description = "also list skipped flow checks and every repeated warning" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "show no progress, even on a terminal" };
        var format = DiagnosticOutput.Option();

        var command = kind == BuildCommand.Build
            ? new Command("build", "Check the data and templates, then write every output into --out.")
            : new Command("check", "Check the data and templates and render everything in memory; write nothing.");
        command.Add(data);
        command.Add(templates);
        if (kind == BuildCommand.Build) command.Add(output);
        command.Add(prismaWarnings);
        command.Add(verbose);
        command.Add(quiet);
        command.Add(format);

        command.SetAction(result =>
        {
            var outFolder = kind == BuildCommand.Build ? result.GetValue(output)! : "out";
            var dataFolder = result.GetValue(data)!;
            var templatesFolder = result.GetValue(templates)!;
            // Checked before anything is read or written, and reported as a wrong command line.
            if (kind == BuildCommand.Build && OutputFolderGuard.WouldReplace(outFolder, dataFolder, templatesFolder) is { } lost)
            {
                console.Error.WriteLine($"reportgen: '--out {outFolder}' would replace {lost}: a build replaces its whole output folder, " +
                    "so give it one of its own, such as 'out'.");
                console.Error.WriteLine("Run 'reportgen --help' for usage.");
                return ExitCodes.UsageError;
            }
            var options = new BuildOptions(kind, dataFolder, templatesFolder, outFolder, result.GetValue(prismaWarnings));
            var diagnosticFormat = DiagnosticOutput.Parse(result.GetValue(format)!);
            return new BuildRun(options, result.GetValue(verbose), result.GetValue(quiet), diagnosticFormat).Run(console);
        });
        return command;
    }

    private static Option<string> FolderOption(string name, string description, string defaultFolder)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = "DIR",
            DefaultValueFactory = _ => defaultFolder,
        };
        // "--data --templates x" means a forgotten folder, not a data folder called "--templates".
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && value.StartsWith('-'))
                result.AddError($"option '{name}' needs a folder after it, not '{value}'.");
        });
        return option;
    }
}
