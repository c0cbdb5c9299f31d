using System.CommandLine;
using ReportGen.Build;
using ReportGen.Cli.Output;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen verify FILE</c>: checks a manuscript a co-author edited (DOCX, PDF, Markdown, LaTeX or plain text)
/// against the data: every generated number, the arithmetic the text states, and the citations. Exit 0 when clean,
/// 1 with one located finding per problem.
/// </summary>
internal sealed class VerifyCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "the manuscript: .docx, .pdf, .md, .tex or .txt", HelpName = "FILE" };
        var data = new Option<string>("--data") { Description = "the review's CSV files", HelpName = "DIR", DefaultValueFactory = _ => "data" };
        var templates = new Option<string>("--templates") { Description = "the Scriban templates", HelpName = "DIR", DefaultValueFactory = _ => "templates" };
        var prismaWarnings = new Option<bool>("--prisma-warnings")
        {
            Description = "verify even when the data's PRISMA flow counts break the flow rules (a build's errors)",
        };
        var format = DiagnosticOutput.Option();
        var command = new Command("verify", "Check an edited manuscript's numbers, arithmetic and citations against the data.")
        {
            file,
            data,
            templates,
            prismaWarnings,
            format,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(data)!, result.GetValue(templates)!,
            result.GetValue(prismaWarnings), DiagnosticOutput.Parse(result.GetValue(format)!), console));
        return command;
    }

    private static int Run(string file, string data, string templates, bool prismaWarnings, DiagnosticFormat format, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var findings = ManuscriptCheck.Run(file, data, templates, diagnostics, prismaWarnings);
            DiagnosticOutput.Write(format, diagnostics.Items.Where(d => d.Severity != Severity.Info).ToList(), !diagnostics.HasErrors, console);
            if (diagnostics.HasErrors)
            {
                console.Error.WriteLine(findings.Count > 0
                    ? $"{file}: {findings.Count} {(findings.Count == 1 ? "finding" : "findings")}."
                    : $"{diagnostics.ErrorCount} error(s); the manuscript was not verified.");
                return ExitCodes.InputErrors;
            }
            DiagnosticOutput.SummaryWriter(format, console).WriteLine($"{file}: no findings; its numbers, arithmetic and citations agree with the data.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            DiagnosticOutput.Write(format, diagnostics.Items, succeeded: false, console);
            console.Error.WriteLine($"reportgen: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
