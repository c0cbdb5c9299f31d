using System.Diagnostics;

namespace ReportGen.Tests.Cli;

/// <summary>
/// <c>reportgen completion bash</c> loaded into a real bash, asked to complete as Tab would: the answers come from
/// the same command definitions as parsing.
/// </summary>
public sealed class CompletionTests : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("reportgen-completion-").FullName;

    public CompletionTests()
    {
        // "reportgen" on the PATH, as an installed tool is.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var launcher = Path.Combine(_bin, "reportgen");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec '{dotnet}' '{CliProcess.Executable}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    [Theory]
    [InlineData("reportgen b", "build")]
    [InlineData("reportgen c", "check\ncompletion")]
    [InlineData("reportgen build --d", "--data\n--diagnostics")]
    [InlineData("reportgen check --diagnostics ", "json\nsarif\ntext")]
    [InlineData("reportgen explain RG03", "RG030\nRG031\nRG032\nRG033\nRG034\nRG035\nRG036\nRG037\nRG038")]
    [InlineData("reportgen completion b", "bash")]
    public void Bash_completes_commands_options_and_values(string line, string expected)
    {
        Assert.Equal(expected, Complete(line));
    }

    [Fact]
    public void The_zsh_script_uses_the_same_suggest_directive()
    {
        var result = InProcessCli.Run("completion", "zsh");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"[suggest:${#BUFFER}]\" \"${BUFFER}\"", result.Stdout);
        Assert.Contains("compdef _reportgen_complete reportgen", result.Stdout);
    }

    private string Complete(string line)
    {
        var words = line.EndsWith(' ') ? [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries), ""] : line.Split(' ');
        var script = string.Join('\n',
            "source <(reportgen completion bash)",
            $"COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}",
            $"COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}",
            "_reportgen_complete",
            "printf '%s\\n' \"${COMPREPLY[@]}\" | sort");
        var start = new ProcessStartInfo(ExternalTool.Require("bash", "bash")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["LC_ALL"] = "C";
        start.Environment["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        Assert.True(bash.WaitForExit(TimeSpan.FromMinutes(1)), "bash did not finish");
        Assert.Equal("", errors.Result);
        return output.Result.TrimEnd('\n');
    }
}
