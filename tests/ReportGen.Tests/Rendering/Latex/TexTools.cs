using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>Runs TeX and poppler in a folder. A missing tool fails the test: CI installs both, so a skip would hide a gap.</summary>
internal static partial class TexTools
{
    private const string InstallHint =
        "Install TeX Live and poppler-utils to run the LaTeX compile tests, for example: " +
        "apt-get install texlive-latex-extra texlive-luatex texlive-lang-english poppler-utils (CI installs them).";

    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs the engine twice (longtable settles its column widths on the second run) and returns the .log text.</summary>
    public static string Compile(string engine, string folder, string texFile)
    {
        for (var run = 1; run <= 2; run++)
        {
            var result = Run(engine, folder, "-interaction=nonstopmode", "-halt-on-error", texFile);
            var logPath = Path.Combine(folder, Path.ChangeExtension(texFile, ".log"));
            var log = File.Exists(logPath) ? File.ReadAllText(logPath) : "";
            if (result.ExitCode != 0)
                Assert.Fail($"{engine} run {run} exited with {result.ExitCode} in {folder}:\n{LastLines(log, 40)}");
            if (run == 2) return log;
        }
        throw new UnreachableException();
    }

    /// <summary>The text of each page, as pdftotext -layout sets it.</summary>
    public static IReadOnlyList<string> PageTexts(string pdf) => Pages(pdf, "-layout");

    /// <summary>The text of each page in the order it was drawn (pdftotext -raw): a table reads row by row, cell by cell.</summary>
    public static IReadOnlyList<string> RawPageTexts(string pdf) => Pages(pdf, "-raw");

    private static IReadOnlyList<string> Pages(string pdf, string mode)
    {
        var all = Run("pdftotext", Path.GetDirectoryName(pdf)!, mode, "-enc", "UTF-8", pdf, "-");
        Assert.Equal(0, all.ExitCode);
        var pages = all.Output.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    /// <summary>pdffonts' table: per font its columns, name first; [^5] is "emb" and [^4] is "sub" (yes/no).</summary>
    public static IReadOnlyList<string[]> Fonts(string pdf)
    {
        var result = Run("pdffonts", Path.GetDirectoryName(pdf)!, pdf);
        Assert.Equal(0, result.ExitCode);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
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

    /// <summary>Whether each page is seen in landscape: wider than high once its /Rotate is applied.</summary>
    public static IReadOnlyList<bool> PagesInLandscape(string pdf)
    {
        var info = Run("pdfinfo", Path.GetDirectoryName(pdf)!, "-f", "1", "-l", "10000", pdf);
        Assert.Equal(0, info.ExitCode);
        var sizes = PageSize().Matches(info.Output).ToDictionary(
            m => int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture),
            m => (W: double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture)));
        var rotations = PageRotation().Matches(info.Output).ToDictionary(
            m => int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture),
            m => int.Parse(m.Groups["rot"].Value, CultureInfo.InvariantCulture));
        return sizes.OrderBy(p => p.Key).Select(p =>
        {
            var turned = rotations.GetValueOrDefault(p.Key) % 180 != 0;
            var (w, h) = turned ? (p.Value.H, p.Value.W) : (p.Value.W, p.Value.H);
            return w > h;
        }).ToList();
    }

    /// <summary>Overfull \hbox warnings from a log: how much too wide, and the input lines they come from.</summary>
    public static IEnumerable<(double Points, int FirstLine, int LastLine)> OverfullBoxes(string log) =>
        Overfull().Matches(log).Select(m => (
            double.Parse(m.Groups["pt"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture)));

    private static Result Run(string tool, string folder, params string[] arguments)
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
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception)
        {
            Assert.Fail($"{tool} was not found on PATH. {InstallHint}");
            throw;
        }
        using (process)
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

    [GeneratedRegex(@"Page\s+(?<page>\d+) size:\s+(?<w>[\d.]+) x (?<h>[\d.]+)")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"Page\s+(?<page>\d+) rot:\s+(?<rot>\d+)")]
    private static partial Regex PageRotation();

    [GeneratedRegex(@"Overfull \\hbox \((?<pt>[\d.]+)pt too wide\) [^\n]*?at lines? (?<from>\d+)(--(?<to>\d+))?")]
    private static partial Regex Overfull();
}
