using System.Reflection;
using ReportGen.Build;
using ReportGen.Diagnostics;

namespace ReportGen.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    /// <summary>A bug in ReportGen itself, reported without a stack trace.</summary>
    public const int InternalError = 3;
}

/// <summary>Parses the command line and runs a build or a check. The executable is only a shim over this.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: reportgen <command> [options]

        Commands:
          build    check the data and templates, then write every output into --out
          check    check the data and templates; write nothing
          new DIR  write a starter review into the new folder DIR (data, fields.csv, templates, README)

        Options:
          --data DIR          the review's CSV files (default: ./data)
          --templates DIR     the Scriban templates (default: ./templates)
          --out DIR           where outputs go; a build replaces everything in it (default: ./out)
          --prisma-warnings   report PRISMA flow arithmetic errors as warnings instead of errors
          --verbose           also list the checks that were skipped because a count was not reported
          --help              show this text
          --version           show the version

        Exit codes: 0 success, 1 errors in the input, 2 wrong command line, 3 internal error.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Help wherever it is asked for: "reportgen build --help" is how most people look an option up.
        if (args.Any(a => a is "--help" or "-h")) { stdout.WriteLine(Usage); return ExitCodes.Success; }
        if (args.Length == 1 && args[0] == "--version") { stdout.WriteLine($"reportgen {Version}"); return ExitCodes.Success; }

        if (args.Length > 0 && args[0] == "new") return New(args, stdout, stderr);

        var parsed = Parse(args);
        if (parsed.Error is not null)
        {
            stderr.WriteLine($"reportgen: {parsed.Error}");
            stderr.WriteLine("Run 'reportgen --help' for usage.");
            return ExitCodes.UsageError;
        }

        var diagnostics = new DiagnosticBag();
        void PrintDiagnostics()
        {
            foreach (var d in diagnostics.Sorted().Where(d => parsed.Verbose || d.Severity != Severity.Info)) stderr.WriteLine(d);
        }
        try
        {
            var result = ReportBuilder.Run(parsed.Options!, diagnostics);
            PrintDiagnostics();
            if (diagnostics.HasErrors)
            {
                stderr.WriteLine($"{diagnostics.ErrorCount} error(s); nothing was written.");
                return ExitCodes.InputErrors;
            }
            stdout.WriteLine(result.Summary);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system said no (--out names a file, the disk is full, a file is locked): not a bug.
            PrintDiagnostics();
            stderr.WriteLine($"reportgen: a file could not be read or written: {e.Message}");
            stderr.WriteLine("Your previous outputs were not changed. Check that --out names a folder you may write to.");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not a user error: say so plainly, without a stack trace; outputs are untouched.
            PrintDiagnostics();
            stderr.WriteLine($"reportgen: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("Your previous outputs were not changed. Please report this with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary><c>reportgen new DIR</c>: the starter review is written by <see cref="StarterReview"/>; this only parses and reports.</summary>
    private static int New(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine("reportgen: 'new' needs the folder to create, e.g. 'reportgen new my-review'.");
            stderr.WriteLine("Run 'reportgen --help' for usage.");
            return ExitCodes.UsageError;
        }
        var diagnostics = new DiagnosticBag();
        if (!StarterReview.Write(args[1], diagnostics))
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
            return ExitCodes.InputErrors;
        }
        var dir = args[1].Replace('\\', '/').TrimEnd('/');
        stdout.WriteLine($"wrote a starter review to {dir}; build it with:");
        stdout.WriteLine($"  reportgen build --data {dir}/data --templates {dir}/templates --out {dir}/out");
        return ExitCodes.Success;
    }

    private static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    private static (BuildOptions? Options, string? Error, bool Verbose) Parse(string[] args)
    {
        if (args.Length == 0) return (null, "no command given; use 'build' or 'check'.", false);
        var command = args[0] switch
        {
            "build" => BuildCommand.Build,
            "check" => BuildCommand.Check,
            _ => (BuildCommand?)null,
        };
        if (command is null) return (null, $"unknown command '{args[0]}'; use 'build' or 'check'.", false);

        string data = "data", templates = "templates", output = "out";
        bool prismaWarnings = false, verbose = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" or "--templates" or "--out":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        return (null, $"option '{args[i]}' needs a folder after it.", false);
                    var value = args[++i];
                    if (args[i - 1] == "--data") data = value;
                    else if (args[i - 1] == "--templates") templates = value;
                    else output = value;
                    break;
                case "--prisma-warnings":
                    prismaWarnings = true;
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    return (null, $"unknown option '{args[i]}'.", false);
            }
        }
        if (command == BuildCommand.Build && WouldReplace(output, data, templates) is { } lost)
            return (null, $"'--out {output}' would replace {lost}: a build replaces its whole output folder, so give it one of its own, such as 'out'.", false);
        return (new BuildOptions(command.Value, data, templates, output, prismaWarnings), null, verbose);
    }

    /// <summary>
    /// What a build into <paramref name="output"/> would delete with the folder's old content, because the output
    /// folder is or holds it: "--out ." or "--out data" must not throw the user's review away.
    /// </summary>
    private static string? WouldReplace(string output, string data, string templates)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var inside = target.EndsWith(Path.DirectorySeparatorChar) ? target : target + Path.DirectorySeparatorChar;
        bool Holds(string folder)
        {
            // Ignoring case errs on the safe side on file systems that do not.
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            return path.Equals(target, StringComparison.OrdinalIgnoreCase) || path.StartsWith(inside, StringComparison.OrdinalIgnoreCase);
        }
        return Holds(".") ? "the current folder" : Holds(data) ? "the data folder" : Holds(templates) ? "the templates folder" : null;
    }
}
