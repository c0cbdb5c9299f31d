using ReportGen.Build;
using ReportGen.Cli.Output;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>One build or check from parsed options: runs it, reports its diagnostics, and chooses the exit code.</summary>
internal sealed record BuildRun(BuildOptions Options, bool Verbose, bool Quiet, DiagnosticFormat Format)
{
    public int Run(CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var summaryTo = DiagnosticOutput.SummaryWriter(Format, console);
        try
        {
            var result = BuildProgressDisplay.Run(progress => ReportBuilder.Run(Options, diagnostics, progress), console, Quiet);
            Report(diagnostics, console, succeeded: !diagnostics.HasErrors);
            if (diagnostics.HasErrors)
            {
                console.Error.WriteLine($"{diagnostics.ErrorCount} error(s); nothing was written.");
                return ExitCodes.InputErrors;
            }
            summaryTo.WriteLine(result.Summary);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system said no (--out names a file, the disk is full, a file is locked): not a bug.
            Report(diagnostics, console, succeeded: false);
            console.Error.WriteLine($"reportgen: a file could not be read or written: {e.Message}");
            console.Error.WriteLine("Your previous outputs were not changed. Check that --out names a folder you may write to.");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not a user error: say so plainly, without a stack trace; outputs are untouched.
            Report(diagnostics, console, succeeded: false);
            console.Error.WriteLine($"reportgen: internal error: {e.GetType().Name}: {e.Message}");
            console.Error.WriteLine("Your previous outputs were not changed. Please report this with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private void Report(DiagnosticBag diagnostics, CliConsole console, bool succeeded) =>
        DiagnosticOutput.Write(Format, diagnostics.Sorted().Where(d => Verbose || d.Severity != Severity.Info).ToList(), succeeded, console,
            foldRepeats: !Verbose);
}
