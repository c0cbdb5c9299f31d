using ReportGen.Data;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Data;

/// <summary>Issue 15: PRISMA's studies are the rows of campaigns.csv and its reports the rows of resources.csv.</summary>
public class FlowTotalsTests
{
    private static List<Diagnostic> LoadWithFlow(string data, string n)
    {
        using var copy = ReviewCopy.Shipped();
        copy.SetCell("data/flow.csv", data, "n", n);
        var bag = new DiagnosticBag();
        Assert.NotNull(ReviewLoader.Load(copy.Data, bag));
        return bag.Items.Where(d => d.Severity == Severity.Warning).ToList();
    }

    [Fact]
    public void Load_ShippedFlow_CountsStudiesAndReportsLikeTheData()
    {
        using var copy = ReviewCopy.Shipped();
        var bag = new DiagnosticBag();
        var review = ReviewLoader.Load(copy.Data, bag);

        Assert.Equal((24, 26), (review!.Flow.Count("total_studies"), review.Flow.Count("total_reports")));
        Assert.DoesNotContain(bag.Items, d => d.Code is DataCodes.StudiesNotCampaigns or DataCodes.ReportsNotResources);
    }

    [Fact]
    public void Load_WhenTheFlowCountsReportsAsStudies_WarnsRG057()
    {
        // The shipped flow.csv before issue 15 said 26 studies: the resources, not the 24 campaigns.
        var warning = Assert.Single(LoadWithFlow("total_studies", "26"));
        Assert.Equal("RG057", warning.Code);
        Assert.Equal("total_studies is 26, but campaigns.csv has 24 campaigns", warning.Message);
    }

    [Fact]
    public void Load_WhenTheReportsDifferFromTheResources_WarnsRG058()
    {
        var warning = Assert.Single(LoadWithFlow("total_reports", "24"));
        Assert.Equal("RG058", warning.Code);
        Assert.Equal("total_reports is 24, but resources.csv has 26 resources", warning.Message);
    }
}
