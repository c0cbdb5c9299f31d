using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Tests.Analysis;

public class ModelFunctionsTests
{
    /// <summary>Something counted, with only a name and a count; the functions read nothing else.</summary>
    private sealed record Item(string Name, int Count) : ICounted
    {
        public IReadOnlyList<CampaignView> Campaigns => [];
        public IReadOnlyList<Resource> Resources => [];
    }

    /// <summary>Counts 6, 5, 5, 3, 0, 3 in reporting order: competition ranks 1, 2, 2, 4, –, 4.</summary>
    private static readonly Item[] Items = [new("acp", 6), new("cw", 5), new("rcr", 5), new("acr", 3), new("unused", 0), new("nice", 3)];

    private static string[] Names(IEnumerable<ICounted> items) => [.. items.Cast<Item>().Select(i => i.Name)];

    [Theory]
    [InlineData(1, new[] { "acp" })]
    [InlineData(2, new[] { "acp", "cw", "rcr" })]
    [InlineData(3, new[] { "acp", "cw", "rcr" })]
    [InlineData(4, new[] { "acp", "cw", "rcr", "acr", "nice" })]
    [InlineData(10, new[] { "acp", "cw", "rcr", "acr", "nice" })]
    [InlineData(0, new string[0])]
    public void MostCounted_KeepsItemsRankedWithinThePlaces_TiesTogether_ZeroLeftOut(int places, string[] expected)
    {
        Assert.Equal(expected, Names(ModelFunctions.MostCounted(Items, places)));
    }

    [Theory]
    [InlineData(1, new[] { "acr", "nice" })]
    [InlineData(2, new[] { "acr", "nice" })]
    [InlineData(3, new[] { "acr", "nice", "cw", "rcr" })]
    [InlineData(5, new[] { "acr", "nice", "cw", "rcr", "acp" })]
    public void LeastCounted_KeepsTheFewestUsedAboveZero_TiesTogether(int places, string[] expected)
    {
        Assert.Equal(expected, Names(ModelFunctions.LeastCounted(Items, places)));
    }

    [Fact]
    public void MostCounted_WhenAllAreTied_KeepsThemAllInReportingOrder()
    {
        Item[] tied = [new("b", 2), new("a", 2), new("c", 2)];

        Assert.Equal(["b", "a", "c"], Names(ModelFunctions.MostCounted(tied, 1)));
        Assert.Equal(["b", "a", "c"], Names(ModelFunctions.LeastCounted(tied, 1)));
    }

    [Fact]
    public void Counted_KeepsItemsAboveZero_InReportingOrder_AndIgnoresAnythingNotCounted()
    {
        object[] mixed = [.. Items, "not counted", 42];

        Assert.Equal(["acp", "cw", "rcr", "acr", "nice"], Names(ModelFunctions.Counted(mixed)));
        Assert.Empty(ModelFunctions.Counted([new Item("none", 0)]));
    }

    [Theory]
    [InlineData(0, 3, ", ")]
    [InlineData(1, 3, ", and ")]
    [InlineData(2, 3, "")]
    [InlineData(0, 2, " and ")]
    [InlineData(1, 2, "")]
    [InlineData(0, 1, "")]
    public void ListSeparator_WritesTheSerialCommaList(int index, int count, string expected)
    {
        Assert.Equal(expected, ModelFunctions.ListSeparator(index, count).Markdown);
    }

    [Fact]
    public void ResourcesOf_GivesEachResourceOnce_InCampaignOrder()
    {
        var aggregates = new ReviewBuilder()
            .Code("educ").Code("leaflets", "educ")
            .Campaign("c1", "leaflets", resources: "b; shared", incentives: "Payments")
            .Campaign("c2", "leaflets", resources: "a; shared", incentives: "Payments")
            .Analyze();

        Assert.Equal(["b", "shared", "a"], ModelFunctions.ResourcesOf(aggregates.Field("incentives").Filled).Select(r => r.Id));
    }
}
