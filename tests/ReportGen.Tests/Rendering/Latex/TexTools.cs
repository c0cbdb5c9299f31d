using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// Runs TeX in a folder. A missing engine skips the test with the package that brings it (see ExternalTool);
/// the PDFs TeX makes are read back with PdfPig (PdfText), not poppler.
/// </summary>
internal static partial class TexTools
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs the engine twice (longtable settles its column widths on the second run) and returns the .log text.</summary>
    public static string Compile(string engine, string folder, string texFile)
    {
        var program = ExternalTool.Require(engine, DebianPackage(engine));
        for (var run = 1; run <= 2; run++)
        {
            var result = Run(program, folder, "-interaction=nonstopmode", "-halt-on-error", texFile);
            var logPath = Path.Combine(folder, Path.ChangeExtension(texFile, ".log"));
            var log = File.Exists(logPath) ? File.ReadAllText(logPath) : "";
            if (result.ExitCode != 0)
                Assert.Fail($"{engine} run {run} exited with {result.ExitCode} in {folder}:\n{LastLines(log, 40)}");
            if (run == 2) return log;
        }
        throw new UnreachableException();
    }

    /// <summary>The 1-based first and last line of each longtable in a .tex file, to match against the log's line numbers.</summary>
    public static IReadOnlyList<(int First, int Last)> LongtableLines(string tex)
    {
        var lines = tex.Split('\n');
        var ranges = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(@"\begin{longtable}", StringComparison.Ordinal)) start = i + 1;
            if (lines[i].StartsWith(@"\end{longtable}", StringComparison.Ordinal)) ranges.Add((start, i + 1));
        }
        return ranges;
    }

    /// <summary>Overfull \hbox warnings from a log: how much too wide, and the input lines they come from.</summary>
    public static IEnumerable<(double Points, int FirstLine, int LastLine)> OverfullBoxes(string log) =>
        Overfull().Matches(log).Select(m => (
            double.Parse(m.Groups["pt"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture)));

    /// <summary>The Debian package that brings a TeX program.</summary>
    public static string DebianPackage(string program) => program switch
    {
        "lualatex" => "texlive-luatex",
        _ => "texlive-latex-base",
    };

    public static Result Run(string tool, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using (var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start."))
        {
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{tool} did not finish within three minutes in {folder}.");
            }
            return new Result(process.ExitCode, output + error.Result);
        }
    }

    private static string LastLines(string text, int count) =>
        string.Join('\n', text.Split('\n').TakeLast(count));

    [GeneratedRegex(@"Overfull \\hbox \((?<pt>[\d.]+)pt too wide\) [^\n]*?at lines? (?<from>\d+)(--(?<to>\d+))?")]
    private static partial Regex Overfull();
}
