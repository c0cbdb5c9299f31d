using System.Runtime.CompilerServices;
using ReportGen.Tests.Build;

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

    /// <summary>
    /// A second, made-up review (antibiotics for sore throat) that shares nothing with the shipped one but the
    /// file format: three methods, one with a nested group, an unused country and sub-type, two papers by the same
    /// authors in the same year, companion resources, an incentive, a disincentive and a complete flow.
    /// </summary>
    public static string SecondReview => Path.Combine(OutputFolder, "second");

    private static readonly Lazy<BuiltReview> SecondBuild = new(() => BuiltReview.Build(SecondReview, RepoPaths.Templates));

    /// <summary>The second review built with the shipped templates, once per test run.</summary>
    public static BuiltReview Second => SecondBuild.Value;
}
