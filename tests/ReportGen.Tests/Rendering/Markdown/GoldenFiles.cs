using System.Runtime.CompilerServices;

namespace ReportGen.Tests.Rendering.Markdown;

/// <summary>The Markdown writer's spec pairs: TestFiles/Markdown/&lt;name&gt;.input.md and &lt;name&gt;.expected.md.</summary>
internal static class GoldenFiles
{
    public const string InputSuffix = ".input.md";
    public const string ExpectedSuffix = ".expected.md";

    /// <summary>The copy next to the test assembly, which the tests read.</summary>
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Markdown");

    /// <summary>The checked-in folder, which REPORTGEN_UPDATE_GOLDEN=1 rewrites.</summary>
    public static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "TestFiles", "Markdown"));

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(OutputFolder, "*" + InputSuffix)
                 .Select(path => Path.GetFileName(path)[..^InputSuffix.Length])
                 .Order(StringComparer.Ordinal);

    public static string ReadInput(string name) => File.ReadAllText(Path.Combine(OutputFolder, name + InputSuffix));

    public static string ReadExpected(string name) => File.ReadAllText(Path.Combine(OutputFolder, name + ExpectedSuffix));

    public static bool UpdateRequested => Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1";
}
