using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;
using static ReportGen.Tests.Prisma.FlowCountsBuilder;

namespace ReportGen.Tests.Prisma;

public class FlowChecksTests
{
    private static DiagnosticBag Check(FlowCounts counts, bool asWarnings = false)
    {
        var bag = new DiagnosticBag();
        FlowChecks.Run(counts, bag, asWarnings);
        return bag;
    }

    /// <summary>The one diagnostic with <paramref name="code"/>, without its hint.</summary>
    private static string Only(DiagnosticBag bag, string code, Severity severity = Severity.Error) =>
        Assert.Single(bag.Items, d => d.Code == code && d.Severity == severity) with { Hint = null } is var d ? d.ToString() : "";

    [Fact]
    public void Run_WhenFlowIsConsistent_ReportsNothing()
    {
        Assert.Empty(Check(With()).Items);
    }

    [Fact]
    public void Run_WhenDatabaseCountsDoNotAddUp_ReportsRG110()
    {
        var bag = Check(With(items: new Dictionary<string, FlowItem[]>
        {
            ["database_specific_results"] = [new("MEDLINE", 400), new("Embase", 513)],
        }));
        Assert.Equal("flow.csv:5:10: error RG110: The per-database counts in database_specific_results (line 5) add up to 400 + 513 = 913, but database_results (line 4) is 1013.",
            Only(bag, "RG110"));
    }

    [Fact]
    public void Run_WhenRegisterCountsDoNotAddUp_ReportsRG111()
    {
        var bag = Check(With(items: new Dictionary<string, FlowItem[]> { ["register_specific_results"] = [new("ClinicalTrials.gov", 15)] }));
        Assert.Equal("flow.csv:7:10: error RG111: The per-register counts in register_specific_results (line 7) add up to 15, but register_results (line 6) is 20.",
            Only(bag, "RG111"));
    }

    [Fact]
    public void Run_WhenRecordsScreenedDoNotFollow_ReportsRG112()
    {
        var bag = Check(With("records_screened", 800));
        Assert.Equal("flow.csv:14:10: error RG112: records_screened (line 14) is 800, but database_results (line 4) + register_results (line 6) - duplicates (line 11) - excluded_automatic (line 12) - excluded_other (line 13) = 1013 + 20 - 200 - 0 - 3 = 830.",
            Only(bag, "RG112"));
    }

    [Fact]
    public void Run_WhenReportsSoughtDoNotFollow_ReportsRG113()
    {
        var bag = Check(With("records_excluded", 600));
        Assert.Equal("flow.csv:16:10: error RG113: dbr_sought_reports (line 16) is 130, but records_screened (line 14) - records_excluded (line 15) = 830 - 600 = 230.",
            Only(bag, "RG113"));
    }

    [Fact]
    public void Run_WhenReportsAssessedDoNotFollow_ReportsRG114()
    {
        var bag = Check(With("dbr_notretrieved_reports", 20));
        Assert.Equal("flow.csv:18:10: error RG114: dbr_assessed (line 18) is 120, but dbr_sought_reports (line 16) - dbr_notretrieved_reports (line 17) = 130 - 20 = 110.",
            Only(bag, "RG114"));
    }

    [Fact]
    public void Run_WhenOtherReportsAssessedDoNotFollow_ReportsRG115()
    {
        var bag = Check(With("other_notretrieved_reports", 6));
        Assert.Equal("flow.csv:22:10: error RG115: other_assessed (line 22) is 35, but other_sought_reports (line 20) - other_notretrieved_reports (line 21) = 40 - 6 = 34.",
            Only(bag, "RG115"));
    }

    [Fact]
    public void Run_WhenOtherReportsSoughtOutnumberTheirRecords_ReportsRG116()
    {
        var bag = Check(With(new Dictionary<string, int?> { ["other_sought_reports"] = 90, ["other_notretrieved_reports"] = 55 }));
        Assert.Equal("flow.csv:20:10: error RG116: other_sought_reports (line 20) 90 is more than website_results (line 8) + organisation_results (line 9) + citations_results (line 10) = 83.",
            Only(bag, "RG116"));
    }

    [Fact]
    public void Run_WhenDatabaseExclusionReasonsDoNotAddUp_ReportsRG117()
    {
        var bag = Check(With(new Dictionary<string, int?> { ["dbr_excluded"] = 90, ["dbr_assessed"] = 120 }));
        Assert.Equal("flow.csv:19:10: error RG117: The exclusion reasons in dbr_excluded (line 19) add up to 60 + 40 = 100, but its total is 90.",
            Only(bag, "RG117"));
    }

    [Fact]
    public void Run_WhenOtherExclusionReasonsDoNotAddUp_ReportsRG118()
    {
        var bag = Check(With(items: new Dictionary<string, FlowItem[]> { ["other_excluded"] = [new("Not a campaign", 20), new("No outcome", 4)] }));
        Assert.Equal("flow.csv:23:10: error RG118: The exclusion reasons in other_excluded (line 23) add up to 20 + 4 = 24, but its total is 25.",
            Only(bag, "RG118"));
    }

    [Fact]
    public void Run_WhenStudiesDifferFromIncludedReports_WarnsRG119Only()
    {
        var bag = Check(With(new Dictionary<string, int?> { ["new_studies"] = 28, ["total_studies"] = 40 }));
        Assert.Equal("flow.csv:24:10: warning RG119: new_studies (line 24) is 28, but dbr_assessed (line 18) - dbr_excluded (line 19) + other_assessed (line 22) - other_excluded (line 23) = 120 - 100 + 35 - 25 = 30.",
            Only(bag, "RG119", Severity.Warning));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Run_WhenNewReportsDoNotFollow_ReportsRG120()
    {
        var bag = Check(With("new_reports", 29));
        Assert.Equal("flow.csv:25:10: error RG120: new_reports (line 25) is 29, but dbr_assessed (line 18) - dbr_excluded (line 19) + other_assessed (line 22) - other_excluded (line 23) = 120 - 100 + 35 - 25 = 30.",
            Only(bag, "RG120"));
    }

    [Fact]
    public void Run_WhenTotalStudiesDoNotFollow_ReportsRG121()
    {
        var bag = Check(With("total_studies", 41));
        Assert.Equal("flow.csv:26:10: error RG121: total_studies (line 26) is 41, but new_studies (line 24) + previous_studies (line 2) = 30 + 12 = 42.",
            Only(bag, "RG121"));
    }

    [Fact]
    public void Run_WithoutPreviousArm_TotalStudiesMustEqualNewStudies()
    {
        var bag = Check(With(new Dictionary<string, int?> { ["previous_studies"] = null, ["previous_reports"] = null }));
        Assert.Equal("flow.csv:26:10: error RG121: total_studies (line 26) is 42, but new_studies (line 24) = 30.",
            Only(bag, "RG121"));
    }

    [Fact]
    public void Run_WhenTotalReportsDoNotFollow_ReportsRG122()
    {
        var bag = Check(With("total_reports", 45));
        Assert.Equal("flow.csv:27:10: error RG122: total_reports (line 27) is 45, but new_reports (line 25) + previous_reports (line 3) = 30 + 14 = 44.",
            Only(bag, "RG122"));
    }

    [Fact]
    public void Run_WhenExclusionIsLargerThanItsBox_ReportsRG123()
    {
        var bag = Check(With("records_excluded", 900));
        Assert.Equal("flow.csv:15:10: error RG123: records_excluded (line 15) 900 is more than records_screened (line 14) 830.",
            Only(bag, "RG123"));
    }

    [Fact]
    public void Run_WhenRemovedBeforeScreeningOutnumberIdentified_ReportsRG123WithSums()
    {
        var bag = Check(With(new Dictionary<string, int?> { ["duplicates"] = 1100, ["records_screened"] = -70 }));
        Assert.Contains(bag.Items, d => d.ToString().StartsWith(
            "flow.csv:11:10: error RG123: duplicates (line 11) + excluded_automatic (line 12) + excluded_other (line 13) = 1103 is more than database_results (line 4) + register_results (line 6) = 1033.",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WhenCountIsNegative_ReportsRG124()
    {
        var bag = Check(With("citations_results", -6));
        Assert.Equal("flow.csv:10:10: error RG124: citations_results (line 10) is -6; counts cannot be negative.",
            Only(bag, "RG124"));
    }

    [Fact]
    public void Run_WhenCountIsNotReported_SkipsItsRulesAsInfo()
    {
        var bag = Check(With("records_screened", null));
        Assert.False(bag.HasErrors);
        Assert.Equal("flow.csv:14:10: info RG112: Check skipped: records_screened (line 14) is not reported.",
            Only(bag, "RG112", Severity.Info));
        Assert.Equal("flow.csv:15:10: info RG123: Check skipped: records_screened (line 14) is not reported.",
            Only(bag, "RG123", Severity.Info));
        Assert.Single(bag.Items, d => d.Code == "RG113" && d.Severity == Severity.Info);
    }

    [Fact]
    public void Run_WhenRowIsMissing_NamesItAsHavingNoRow()
    {
        var bag = Check(With(without: "excluded_automatic"));
        Assert.Equal("flow.csv:14:10: info RG112: Check skipped: excluded_automatic (no row) is not reported.",
            Only(bag, "RG112", Severity.Info));
    }

    [Fact]
    public void Run_WhenBreakdownIsNotReported_SkipsSumAsInfo()
    {
        var bag = Check(With(items: new Dictionary<string, FlowItem[]> { ["database_specific_results"] = [new("MEDLINE", null)] }));
        Assert.Equal("flow.csv:5:10: info RG110: Check skipped: database_specific_results (line 5) has per-database counts without a count.",
            Only(bag, "RG110", Severity.Info));
    }

    [Fact]
    public void Run_AsWarnings_TurnsBrokenRulesIntoWarnings()
    {
        var bag = Check(With("records_screened", 800), asWarnings: true);
        Assert.False(bag.HasErrors);
        Assert.StartsWith("flow.csv:14:10: warning RG112:", Only(bag, "RG112", Severity.Warning));
    }

    [Fact]
    public void Run_WithoutOtherMethods_AppliesNoOtherArmRule()
    {
        var other = new[] { "website_results", "organisation_results", "citations_results", "other_sought_reports",
            "other_notretrieved_reports", "other_assessed", "other_excluded" };
        var bag = Check(With(new Dictionary<string, int?> { ["new_studies"] = 20, ["new_reports"] = 20, ["total_studies"] = 32, ["total_reports"] = 34 },
            without: other));
        Assert.Empty(bag.Items);
    }
}
