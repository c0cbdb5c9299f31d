using ReportGen.Data;
using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>
/// The flow counts as the text uses them. Every count is null when the review did not report it;
/// a total adds only the rows that were reported and is null when none was, so no count is invented.
/// </summary>
public sealed record FlowSummary(FlowCounts Counts)
{
    /// <summary>The count of a PRISMA2020 `data` row, e.g. database_results.</summary>
    public int? this[string data] => Counts.Count(data);

    /// <summary>Records from databases and registers plus websites and organisations: the initial search.</summary>
    public int? IdentifiedInInitialSearch => SumOfReported(
        ["database_results", "register_results", "website_results", "organisation_results"]);

    /// <summary>Records found by citation searching (hand search of reference lists).</summary>
    public int? FromCitationSearching => Counts.Count("citations_results");

    public int? Included => Counts.Count("total_studies") ?? Counts.Count("new_studies");

    /// <summary>Sum of the rows that were reported; null when none of them was.</summary>
    private int? SumOfReported(string[] rows)
    {
        var reported = rows.Select(Counts.Count).Where(n => n.HasValue).ToList();
        return reported.Count == 0 ? null : reported.Sum();
    }
}
