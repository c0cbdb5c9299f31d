using System.Diagnostics;
using System.Text;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Runs the real executable with a pseudo-terminal as its stdin, stdout and stderr (util-linux <c>script</c>), as
/// when an author types the command, and returns everything it wrote to the terminal.
/// </summary>
internal static class PseudoTerminal
{
    private const string KeypadMode = "\u001b[?1h\u001b=";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static (int ExitCode, string Screen) Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var command = string.Join(' ', new[] { dotnet, CliProcess.Executable }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(ExternalTool.Require("script", "bsdutils"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        // -e: script exits with the command's exit code; the typescript itself is thrown away.
        foreach (var arg in new[] { "-qec", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start script");
        process.StandardInput.Close();
        var screen = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {Timeout.TotalSeconds} s.");
        }
        // The .NET runtime switches a terminal's keypad to application mode when it starts on one; that is the
        // terminal's state, not reportgen's output.
        var text = screen.Result.Replace(KeypadMode, "", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        return (process.ExitCode, text + errors.Result);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
