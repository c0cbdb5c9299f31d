using ReportGen.Model;
using ReportGen.Analysis;

namespace ReportGen.Tests.Analysis;

public class ReviewAnalyzerTests
{
    /// <summary>
    /// educ (method) ▸ print (group) ▸ leaflets, posters; educ ▸ workshops; media ▸ radio; other ▸ audits (unused).
    /// c1 uses two sub-types of one group; c2 names a media code before an educ code.
    /// </summary>
    private static ReviewBuilder Nested() => new ReviewBuilder()
        .Code("educ").Code("print", "educ").Code("leaflets", "print").Code("posters", "print").Code("workshops", "educ")
        .Code("media").Code("radio", "media")
        .Code("other").Code("audits", "other")
        .Campaign("c1", "leaflets; posters")
        .Campaign("c2", "radio; workshops", country: "DK", population: "public", duration: "sustained")
        .Campaign("c3", "workshops")
        .Campaign("c4", "radio");

    [Fact]
    public void Analyze_WhenACampaignUsesTwoSubTypesOfOneCategory_CountsItOnceForTheCategoryAndGroup()
    {
        var aggregates = Nested().Analyze();

        Assert.Equal(1, aggregates.Node("leaflets").Count);
        Assert.Equal(1, aggregates.Node("posters").Count);
        Assert.Equal(["c1"], aggregates.Node("print").Campaigns.Select(c => c.Id));
        Assert.Equal(["c1", "c2", "c3"], aggregates.Node("educ").Campaigns.Select(c => c.Id));
        Assert.Equal(["c2", "c4"], aggregates.Node("media").Campaigns.Select(c => c.Id));
        Assert.Equal(0, aggregates.Node("other").Count);
    }

    [Fact]
    public void Analyze_BuildsTheCodebookTree_InReportingOrder_WithDepths()
    {
        var aggregates = Nested().Analyze();
        var educ = aggregates.Node("educ");

        Assert.Equal(["educ", "media", "other"], aggregates.Methods.Select(m => m.Id));
        Assert.Equal(["educ", "print", "leaflets", "posters", "workshops", "media", "radio", "other", "audits"],
            aggregates.AllCodes().Select(n => n.Id));
        Assert.Equal([0, 1, 2, 2, 1], educ.SelfAndDescendants().Select(n => n.Depth));
        Assert.Equal(["print", "workshops"], educ.Children.Select(n => n.Id));
        Assert.Equal(["workshops"], educ.LeafChildren.Select(n => n.Id));
        Assert.Equal(["print"], educ.GroupChildren.Select(n => n.Id));
        Assert.Equal(["leaflets", "posters", "workshops"], educ.Leaves.Select(n => n.Id));
    }

    [Fact]
    public void Analyze_WhenASubTypeIsListedBeforeItsMethod_KeepsTheMethodsInTheirOwnRowOrder()
    {
        // The loader accepts a child above its parent; the methods are still reported in the order of their rows,
        // the same order each campaign's own method list uses.
        var aggregates = new ReviewBuilder()
            .Code("radio", "media").Code("educ").Code("leaflets", "educ").Code("media")
            .Campaign("c1", "radio; leaflets")
            .Analyze();

        Assert.Equal(["educ", "media"], aggregates.Methods.Select(m => m.Id));
        Assert.Equal(["educ", "media"], aggregates.Campaign("c1").Methods.Select(m => m.Id));
    }

    [Fact]
    public void Analyze_WhenASubTypeIsListedBeforeItsGroup_KeepsTheChildrenInRowOrder()
    {
        var aggregates = new ReviewBuilder()
            .Code("leaflets", "print").Code("educ").Code("workshops", "educ").Code("print", "educ")
            .Campaign("c1", "leaflets; workshops")
            .Analyze();

        Assert.Equal(["workshops", "print"], aggregates.Node("educ").Children.Select(n => n.Id));
        Assert.Equal(["workshops", "leaflets"], aggregates.Node("educ").Leaves.Select(n => n.Id));
    }

    [Fact]
    public void Analyze_MakesCampaignViews_WithResolvedValuesAndMethodsInCodebookOrder()
    {
        var review = new ReviewBuilder()
            .Code("educ").Code("leaflets", "educ").Code("media").Code("radio", "media")
            .Guideline("acp").Guideline("nice")
            .Campaign("c1", "radio; leaflets", country: "DK", population: "public", duration: "sustained",
                guidelines: "nice; acp", resources: "main; companion", incentives: "Payments")
            .Build();

        var campaign = ReviewAnalyzer.Analyze(review).Campaign("c1");

        Assert.Equal(("Denmark", "clinicians and the public", "sustained"),
            (Label(campaign["country"]), Label(campaign["population"]), Label(campaign["duration_type"])));
        Assert.Equal(["nice", "acp"], campaign.Guidelines.Select(g => g.Id));
        Assert.Equal(["radio", "leaflets"], campaign.Strategies.Select(s => s.Id));
        Assert.Equal(["educ", "media"], campaign.Methods.Select(m => m.Id));
        Assert.Equal(["main", "companion"], campaign.Resources.Select(r => r.Id));
        Assert.Equal("Payments", campaign["incentives"]);
        Assert.Equal(review.Campaigns[0].Source, campaign.Source);
    }

    [Fact]
    public void Analyze_CountsSingleMethodCampaigns_ByMethodNotBySubType()
    {
        var aggregates = Nested().Analyze();

        Assert.Equal(["c1", "c3", "c4"], aggregates.SingleMethodCampaigns.Select(c => c.Id));
        Assert.Equal(["c2"], aggregates.MultiMethodCampaigns.Select(c => c.Id));
    }

    [Fact]
    public void Analyze_GroupsEveryFieldValue_InValuesOrder_IncludingUnusedValues()
    {
        var aggregates = Nested().Analyze();

        Assert.Equal([("NZ", 3), ("DK", 1)], aggregates.ByField["country"].Select(g => (g.Id, g.Count)));
        Assert.Equal([("clinicians", 3), ("public", 1)], aggregates.ByField["population"].Select(g => (g.Id, g.Count)));
        Assert.Equal(["c2"], aggregates.ByField["duration_type"][1].Campaigns.Select(c => c.Id));
    }

    [Fact]
    public void Analyze_SeparatesUnidentifiedGuidelines_AndListsTheirCampaignsOnce()
    {
        var aggregates = new ReviewBuilder()
            .Code("educ").Code("leaflets", "educ")
            .Guideline("acp").Guideline("unknown1", identified: false).Guideline("unused").Guideline("unknown2", identified: false)
            .Campaign("c1", "leaflets", guidelines: "acp; unknown1; unknown2")
            .Campaign("c2", "leaflets", guidelines: "unknown2")
            .Campaign("c3", "leaflets")
            .Analyze();

        Assert.Equal([("acp", 1), ("unused", 0)], aggregates.Guidelines.Select(g => (g.Id, g.Count)));
        Assert.Equal([("unknown1", 1), ("unknown2", 2)], aggregates.UnidentifiedGuidelines.Select(g => (g.Id, g.Count)));
        Assert.Equal(["c1", "c2"], aggregates.CampaignsWithUnidentifiedGuidelines.Select(c => c.Id));
    }

    [Fact]
    public void Analyze_CountsIncentivesAndDisincentives_OnlyWhenTheCellHasText()
    {
        var aggregates = new ReviewBuilder()
            .Code("educ").Code("leaflets", "educ")
            .Campaign("c1", "leaflets", incentives: "Payments")
            .Campaign("c2", "leaflets", incentives: "  ", disincentives: "Fines")
            .Campaign("c3", "leaflets")
            .Analyze();

        Assert.Equal(["c1"], aggregates.Field("incentives").Filled.Select(c => c.Id));
        Assert.Equal(["c2"], aggregates.Field("disincentives").Filled.Select(c => c.Id));
    }

    [Fact]
    public void CountedResources_AreEachResourceOnce_InFirstSeenOrder()
    {
        var aggregates = new ReviewBuilder()
            .Code("educ").Code("leaflets", "educ").Code("posters", "educ")
            .Campaign("c1", "posters", resources: "b; shared")
            .Campaign("c2", "leaflets; posters", resources: "a; shared")
            .Analyze();

        Assert.Equal(["b", "shared", "a"], aggregates.Node("educ").Resources.Select(r => r.Id));
        Assert.Equal(["b", "shared", "a"], aggregates.ByField["country"][0].Resources.Select(r => r.Id));
        Assert.Equal(["a", "shared"], aggregates.Node("leaflets").Resources.Select(r => r.Id));
    }

    private static string Label(object? value) => ((ValueLabel)value!).Label;
}
