using ReportGen.Data;
using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>
/// The flow counts as the text uses them. Every count is null when the review did not report it;
/// a total (64-bit, so counts near the 32-bit limit add up) adds only the rows that were reported and is null when none was, so no count is invented.
/// </summary>
internal sealed record FlowSummary(FlowCounts Counts)
{
    /// <summary>The count of a PRISMA2020 `data` row, e.g. database_results.</summary>
    public int? this[string data] => Counts.Count(data);

    /// <summary>Records from databases and registers plus websites and organisations: the initial search.</summary>
    public long? IdentifiedInInitialSearch => SumOfReported(
        ["database_results", "register_results", "website_results", "organisation_results"]);

    /// <summary>Records found by citation searching (hand search of reference lists).</summary>
    public int? FromCitationSearching => Counts.Count("citations_results");

    /// <summary>Studies included (here, the rows of campaigns.csv): PRISMA counts them apart from their reports.</summary>
    public int? IncludedStudies => Counts.Count("total_studies") ?? Counts.Count("new_studies");

    /// <summary>Reports of the included studies (here, the rows of resources.csv): a study may have several.</summary>
    public int? IncludedReports => Counts.Count("total_reports") ?? Counts.Count("new_reports");

    /// <summary>Sum of the rows that were reported; null when none of them was.</summary>
    private long? SumOfReported(string[] rows)
    {
        var reported = rows.Select(Counts.Count).Where(n => n.HasValue).ToList();
        return reported.Count == 0 ? null : reported.Sum(n => (long)n!.Value);
    }
}
