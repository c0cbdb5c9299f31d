using System.Runtime.CompilerServices;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Latex;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// Spec files: each TestFiles/Latex/NAME.md is written as LaTeX and compared with NAME.tex, which starts with
/// the packages used and the diagnostics as comments, then holds the body.
/// To rewrite the .tex files after a deliberate change, run the tests with REPORTGEN_UPDATE_GOLDEN=1
/// (for example: REPORTGEN_UPDATE_GOLDEN=1 dotnet test --filter LatexGoldenTests) and review the diff.
/// </summary>
public class LatexGoldenTests
{
    private const string Folder = "TestFiles/Latex";

    public static TheoryData<string> Cases() => new(CaseNames());

    internal static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, Folder), "*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteBody_MatchesGoldenFile(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Folder, name + ".md"));
        var actual = Describe(markdown, name + ".md");

        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name + ".tex"), actual);
            return;
        }
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Folder, name + ".tex"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void GoldenFolder_HoldsAPairForEveryCase()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, Folder);
        var markdown = Directory.GetFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        var latex = Directory.GetFiles(folder, "*.tex").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.NotEmpty(markdown);
        Assert.Equal(markdown, latex);
    }

    internal static string Describe(string markdown, string sourceName)
    {
        var diagnostics = new DiagnosticBag();
        var output = LatexWriter.WriteBody(MarkdownDocumentParser.Parse(markdown), diagnostics, sourceName);
        var text = new StringBuilder();
        text.Append("% packages: ")
            .AppendJoin(", ", output.Packages.Select(p => p.Options.Length > 0 ? $"{p.Name}[{p.Options}]" : p.Name))
            .Append('\n');
        foreach (var diagnostic in diagnostics.Sorted())
            text.Append("% ").Append(diagnostic.ToString().Replace("\n", "\n% ", StringComparison.Ordinal)).Append('\n');
        return text.Append(output.Body).ToString();
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", Folder));
}
