using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Prisma;

/// <summary>
/// A complete, consistent flow with every arm, built in code; each row sits on line 2 + its index, column 10.
/// Tests change one value to break one rule.
/// </summary>
internal static class FlowCountsBuilder
{
    public const string File = "flow.csv";

    private static readonly (string Data, int? Count, FlowItem[] Items)[] Consistent =
    [
        ("previous_studies", 12, []),                                   // line 2
        ("previous_reports", 14, []),                                   // 3
        ("database_results", 1013, []),                                 // 4
        ("database_specific_results", null, [new("MEDLINE", 500), new("Embase", 513)]), // 5
        ("register_results", 20, []),                                   // 6
        ("register_specific_results", null, [new("ClinicalTrials.gov", 20)]), // 7
        ("website_results", 74, []),                                    // 8
        ("organisation_results", 3, []),                                // 9
        ("citations_results", 6, []),                                   // 10
        ("duplicates", 200, []),                                        // 11
        ("excluded_automatic", 0, []),                                  // 12
        ("excluded_other", 3, []),                                      // 13
        ("records_screened", 830, []),                                  // 14
        ("records_excluded", 700, []),                                  // 15
        ("dbr_sought_reports", 130, []),                                // 16
        ("dbr_notretrieved_reports", 10, []),                           // 17
        ("dbr_assessed", 120, []),                                      // 18
        ("dbr_excluded", 100, [new("Wrong population", 60), new("Wrong design", 40)]), // 19
        ("other_sought_reports", 40, []),                               // 20
        ("other_notretrieved_reports", 5, []),                          // 21
        ("other_assessed", 35, []),                                     // 22
        ("other_excluded", 25, [new("Not a campaign", 25)]),            // 23
        ("new_studies", 30, []),                                        // 24
        ("new_reports", 30, []),                                        // 25
        ("total_studies", 42, []),                                      // 26
        ("total_reports", 44, []),                                      // 27
    ];

    /// <summary>The consistent flow with some counts replaced (null = not reported) and some rows left out.</summary>
    public static FlowCounts With(
        IReadOnlyDictionary<string, int?>? counts = null,
        IReadOnlyDictionary<string, FlowItem[]>? items = null,
        params string[] without)
    {
        var rows = Consistent.Select((row, i) => new FlowRow(
                row.Data, "", "", "", "",
                counts is not null && counts.TryGetValue(row.Data, out var count) ? count : row.Count,
                items is not null && items.TryGetValue(row.Data, out var list) ? list : row.Items,
                i + 2, 10))
            .Where(r => !without.Contains(r.Data))
            .ToList();
        return new FlowCounts(File, rows);
    }

    public static FlowCounts With(string data, int? count) => With(new Dictionary<string, int?> { [data] = count });
}
