using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;
using static ReportGen.Model.FlowData;

namespace ReportGen.Data;

/// <summary>
/// The arithmetic a PRISMA 2020 flow must obey. Each broken rule is one diagnostic at the row the rule
/// computes, naming every row involved with its line. A rule that needs a count the review did not report
/// is skipped and the skip reported as Info under the rule's own code, so users can see what was not checked.
/// Rules of the other-methods and previous-studies arms are not applied at all when the arm is not used.
/// </summary>
internal static class FlowChecks
{
    /// <param name="asWarnings">Report broken rules as warnings so the diagram is still drawn (the CLI's --prisma-warnings).</param>
    public static void Run(FlowCounts counts, DiagnosticBag bag, bool asWarnings)
    {
        var check = new FlowRuleContext(counts, bag, asWarnings ? Severity.Warning : Severity.Error);
        var otherArm = OtherArm.Any(counts.IsReported);
        var previousArm = PreviousArm.Any(counts.IsReported);

        check.NonNegative();
        check.BreakdownSum(PrismaCodes.DatabaseBreakdown, DatabaseSpecificResults, DatabaseResults, "per-database counts");
        check.BreakdownSum(PrismaCodes.RegisterBreakdown, RegisterSpecificResults, RegisterResults, "per-register counts");
        check.Equation(PrismaCodes.RecordsScreened, RecordsScreened,
            [(DatabaseResults, 1), (RegisterResults, 1), (Duplicates, -1), (ExcludedAutomatic, -1), (ExcludedOther, -1)],
            "Records screened are the records identified from databases and registers minus those removed before screening.");
        check.Equation(PrismaCodes.ReportsSought, DbrSoughtReports, [(RecordsScreened, 1), (RecordsExcluded, -1)],
            "Reports sought for retrieval are the records screened minus the records excluded.");
        check.Equation(PrismaCodes.ReportsAssessed, DbrAssessed, [(DbrSoughtReports, 1), (DbrNotRetrievedReports, -1)],
            "Reports assessed for eligibility are the reports sought minus those not retrieved.");
        check.BreakdownSum(PrismaCodes.DatabaseExclusionReasons, DbrExcluded, DbrExcluded, "exclusion reasons");
        if (otherArm)
        {
            check.Equation(PrismaCodes.OtherReportsAssessed, OtherAssessed, [(OtherSoughtReports, 1), (OtherNotRetrievedReports, -1)],
                "Reports assessed for eligibility (other methods) are the reports sought minus those not retrieved.");
            check.AtMost(PrismaCodes.OtherReportsSought, [OtherSoughtReports], [WebsiteResults, OrganisationResults, CitationsResults],
                "Reports sought by other methods cannot outnumber the records those methods identified.");
            check.BreakdownSum(PrismaCodes.OtherExclusionReasons, OtherExcluded, OtherExcluded, "exclusion reasons");
        }

        List<(string, int)> included = otherArm
            ? [(DbrAssessed, 1), (DbrExcluded, -1), (OtherAssessed, 1), (OtherExcluded, -1)]
            : [(DbrAssessed, 1), (DbrExcluded, -1)];
        // A study can have several reports, so more reports than studies is the normal case; only the reverse is wrong.
        check.AtMost(PrismaCodes.NewStudies, [NewStudies], [NewReports],
            "Every included study has at least one report, so the studies cannot outnumber their reports.", Severity.Warning);
        check.AtMost(PrismaCodes.NewStudies, [TotalStudies], [TotalReports],
            "Every included study has at least one report, so the studies cannot outnumber their reports.", Severity.Warning);
        check.Equation(PrismaCodes.NewReports, NewReports, included,
            "Reports of new included studies are the reports assessed minus those excluded.");

        if (previousArm)
        {
            check.Equation(PrismaCodes.TotalStudies, TotalStudies, [(NewStudies, 1), (PreviousStudies, 1)],
                "Total studies are the new studies plus the studies of the previous version.");
            check.Equation(PrismaCodes.TotalReports, TotalReports, [(NewReports, 1), (PreviousReports, 1)],
                "Total reports are the new reports plus the reports of the previous version.");
        }
        else
        {
            check.Equation(PrismaCodes.TotalStudies, TotalStudies, [(NewStudies, 1)],
                "Without a previous version of the review, the total studies are the new studies.");
            check.Equation(PrismaCodes.TotalReports, TotalReports, [(NewReports, 1)],
                "Without a previous version of the review, the total reports are the new reports.");
        }

        check.AtMost(PrismaCodes.ExclusionTooLarge, [RecordsExcluded], [RecordsScreened], "Records excluded cannot outnumber the records screened.");
        check.AtMost(PrismaCodes.ExclusionTooLarge, [DbrNotRetrievedReports], [DbrSoughtReports], "Reports not retrieved cannot outnumber the reports sought.");
        check.AtMost(PrismaCodes.ExclusionTooLarge, [DbrExcluded], [DbrAssessed], "Reports excluded cannot outnumber the reports assessed.");
        check.AtMost(PrismaCodes.ExclusionTooLarge, [Duplicates, ExcludedAutomatic, ExcludedOther], [DatabaseResults, RegisterResults],
            "Records removed before screening cannot outnumber the records identified.");
        if (otherArm)
        {
            check.AtMost(PrismaCodes.ExclusionTooLarge, [OtherNotRetrievedReports], [OtherSoughtReports], "Reports not retrieved cannot outnumber the reports sought.");
            check.AtMost(PrismaCodes.ExclusionTooLarge, [OtherExcluded], [OtherAssessed], "Reports excluded cannot outnumber the reports assessed.");
        }
    }

    /// <summary>
    /// The count a box shows: the row's own count, or for a list row without a total, the sum of its items when all are reported
    /// (in 64 bits: each count is below 2^31, but a list of them may add up past it).
    /// </summary>
    public static long? BoxCount(FlowCounts counts, string data)
    {
        if (counts.Row(data) is not { } row) return null;
        if (row.Count is not null || row.Breakdown.Count == 0) return row.Count;
        return row.Breakdown.All(i => i.Count is not null) ? row.Breakdown.Sum(i => (long)i.Count!.Value) : null;
    }

    internal static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
