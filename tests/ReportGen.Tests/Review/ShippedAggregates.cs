using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Tests.Build;

// Not "ReportGen.Tests.Review": a namespace of that name would hide ReportGen.Model.Review from every other test namespace.
namespace ReportGen.Tests.Reviews;

/// <summary>The shipped data/ loaded and analysed once per test run, without templates.</summary>
internal static class ShippedAggregates
{
    private static readonly Lazy<(ReviewAggregates Aggregates, IReadOnlyList<Diagnostic> Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var review = ReviewLoader.Load(RepoPaths.Data, diagnostics)
                     ?? throw new InvalidOperationException("data/ does not load:\n" + string.Join("\n", diagnostics.Sorted()));
        return (ReviewAnalyzer.Analyze(review), diagnostics.Sorted().ToList());
    });

    public static ReviewAggregates Aggregates => Loaded.Value.Aggregates;

    /// <summary>What loading data/ reported (warnings included).</summary>
    public static IReadOnlyList<Diagnostic> LoadDiagnostics => Loaded.Value.Diagnostics;

    /// <summary>The codebook node with this label; labels are unique in the shipped codebook.</summary>
    public static CodeNode Code(string label) => Aggregates.AllCodes().Single(n => n.Label == label);

    public static FieldCount Value(string field, string label) => Aggregates.ByField[field].Single(g => g.Label == label);
}
