using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// PRISMA counts studies and their reports apart; in this data a study is a row of campaigns.csv and a report a row
/// of resources.csv. A flow whose included totals disagree with those files is probably counting one as the other.
/// </summary>
internal static class FlowTotals
{
    public static void Check(FlowCounts flow, int campaigns, int resources, DiagnosticBag diagnostics)
    {
        Compare(flow, ["total_studies", "new_studies"], campaigns, "campaigns.csv", "campaigns", DataCodes.StudiesNotCampaigns,
            "Studies are the rows of campaigns.csv; their reports (resources.csv) are counted in new_reports and total_reports.", diagnostics);
        Compare(flow, ["total_reports", "new_reports"], resources, "resources.csv", "resources", DataCodes.ReportsNotResources,
            "Reports are the rows of resources.csv; a study with several reports counts once in new_studies and total_studies.", diagnostics);
    }

    private static void Compare(FlowCounts flow, string[] rows, int actual, string file, string noun, string code, string hint,
        DiagnosticBag diagnostics)
    {
        if (rows.Select(flow.Row).FirstOrDefault(r => r?.Count is not null) is not { } row || row.Count == actual) return;
        diagnostics.Warning(flow.File, row.Line, Math.Max(row.Column, 1), code,
            $"{row.Data} is {row.Count}, but {file} has {actual} {noun}", hint);
    }
}
