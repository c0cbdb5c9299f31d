using System.Diagnostics;
using System.Text;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Support;

/// <summary>What one run of the command line printed and returned, with line ends as "\n".</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The real <c>reportgen</c> executable run as a child process (<c>dotnet reportgen.dll …</c>), as a researcher
/// runs it. The test project builds it through a ProjectReference that copies nothing, so it is found in the
/// command line project's output folder of the same configuration and framework as this test binary.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>A build takes about a second; a run still going after this long hangs, and fails its test.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly string _commandLine;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(string workingDirectory, string tempDirectory, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        // The child's temporary files go where the test can see them and delete them, even if it is killed.
        foreach (var variable in new[] { "TMPDIR", "TMP", "TEMP" }) start.Environment[variable] = tempDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Executable);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        _commandLine = "reportgen " + string.Join(' ', args);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + _commandLine);
        // Both pipes are drained from the start, so a chatty child can never block on a full pipe.
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public static string Executable { get; } = FindExecutable();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(string workingDirectory, string tempDirectory, params string[] args) =>
        new(workingDirectory, tempDirectory, args);

    public static CliResult Run(string workingDirectory, string tempDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, tempDirectory, args);
        return cli.WaitForExit();
    }

    /// <summary>As <see cref="Run(string, string, string[])"/>, with environment variables set for the child.</summary>
    public static CliResult Run(string workingDirectory, string tempDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var cli = new CliProcess(workingDirectory, tempDirectory, args, environment);
        return cli.WaitForExit();
    }

    public CliResult WaitForExit()
    {
        if (!_process.WaitForExit(Timeout) || !Task.WaitAll([_stdout, _stderr], Timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{_commandLine}' did not finish within {Timeout.TotalSeconds} s.");
        }
        return new CliResult(_process.ExitCode, Unix(_stdout.Result), Unix(_stderr.Result));
    }

    /// <summary>Ends the process at once, with no chance to clean up, as a power cut or <c>kill -9</c> would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(Timeout)) throw new TimeoutException($"'{_commandLine}' did not die when killed.");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static string Unix(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary><c>dotnet test</c> names the host that runs it; outside it, the one on the PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string FindExecutable()
    {
        // The test binary lives in tests/ReportGen.Tests/bin/<configuration>/<framework>/.
        var testFolder = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var path = Path.Combine(RepoPaths.Root, "src", "ReportGen.Cli", "bin", configuration, framework, "reportgen.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("The command line was not built; build ReportGen.sln first.", path);
    }
}
