using System.Text;
using ReportGen.Build;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>Where the repository's shipped data and templates are, found from the test binary's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Data => Path.Combine(Root, "data");
    public static string Templates => Path.Combine(Root, "templates");
    /// <summary>
    /// The published text of the shipped review, kept beside the tests so that a clone alone can check against it;
    /// <see cref="SpecReviewText"/> is where the team's specification keeps it, which a test compares it with.
    /// </summary>
    public static string ReviewText => Path.Combine(Root, "tests", "ReportGen.Tests", "TestFiles", "Review", "review.txt");

    public static string SpecReviewText => Path.Combine(Root, "..", "shared", "spec", "review.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The outputs of one in-memory build (nothing is written to disk), with its diagnostics.</summary>
internal sealed record BuiltReview(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    private static readonly Lazy<BuiltReview> ShippedBuild = new(() => Build(RepoPaths.Data, RepoPaths.Templates));

    /// <summary>The shipped review built with the shipped templates, once per test run.</summary>
    public static BuiltReview Shipped => ShippedBuild.Value;

    public static BuiltReview Build(string dataDirectory, string templatesDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var result = ReportBuilder.Run(
            new BuildOptions(BuildCommand.Check, dataDirectory, templatesDirectory, "unused-out", PrismaErrorsAsWarnings: false),
            diagnostics);
        return new BuiltReview(result.Outputs.Files, diagnostics.Sorted().ToList());
    }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && Files.Count > 0;

    public string Text(string fileName) => Encoding.UTF8.GetString(Files[fileName]);
}
