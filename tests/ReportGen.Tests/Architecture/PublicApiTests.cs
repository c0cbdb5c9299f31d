using ReportGen.Build;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Architecture;

/// <summary>
/// The library's public surface is what a caller needs to run a build and read its diagnostics; everything else is
/// internal, so it can change without breaking anyone. README.md ("Using the library") documents these types.
/// </summary>
public class PublicApiTests
{
    private static readonly string[] PublicTypes =
    [
        "ReportGen.Build.BuildCommand",
        "ReportGen.Build.BuildOptions",
        "ReportGen.Build.BuildResult",
        "ReportGen.Build.IBuildProgress",
        "ReportGen.Build.NoBuildProgress",
        "ReportGen.Build.OutputSet",
        "ReportGen.Build.ReportBuilder",
        "ReportGen.Diagnostics.Diagnostic",
        "ReportGen.Diagnostics.DiagnosticBag",
        "ReportGen.Diagnostics.Severity",
        "ReportGen.Diagnostics.SeverityNames",
    ];

    [Fact]
    public void PublicTypes_AreExactlyTheDocumentedApi()
    {
        var exported = typeof(ReportBuilder).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(PublicTypes, exported);
    }

    [Fact]
    public void EveryPublicType_IsNamedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.All(PublicTypes, type => Assert.Contains($"`{type.Split('.')[^1]}`", readme));
    }
}
