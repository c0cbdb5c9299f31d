using System.Runtime.CompilerServices;

namespace ReportGen.Tests.Reviews;

/// <summary>TestFiles/Review: the shipped review's golden outputs and the second review's data.</summary>
internal static class ReviewTestFiles
{
    /// <summary>The copy next to the test assembly, which the tests read.</summary>
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Review");

    /// <summary>The checked-in folder, which REPORTGEN_UPDATE_GOLDEN=1 rewrites.</summary>
    public static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestFiles", "Review"));

    public const string Golden = "golden";

    /// <summary>A second review with its own codebook, countries, guidelines and flow (see its README.md).</summary>
    public static string SecondReview => Path.Combine(OutputFolder, "second");
}
