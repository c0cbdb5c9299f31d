using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>Every aggregate the manuscript reports, computed once from the validated review.</summary>
public sealed record ReviewAggregates(
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<CampaignView> Campaigns,
    IReadOnlyDictionary<string, IReadOnlyList<ValueGroup>> ByField,
    IReadOnlyList<GuidelineCount> Guidelines,
    IReadOnlyList<GuidelineCount> UnidentifiedGuidelines,
    IReadOnlyList<CodeNode> Methods,
    IReadOnlyList<CampaignView> SingleMethodCampaigns,
    IReadOnlyList<CampaignView> MultiMethodCampaigns,
    IReadOnlyList<CampaignView> CampaignsWithIncentives,
    IReadOnlyList<CampaignView> CampaignsWithDisincentives,
    FlowSummary Flow)
{
    public int ResourceCount => Resources.Count;
    public int CampaignCount => Campaigns.Count;

    /// <summary>Campaigns that name at least one guideline that could not be identified.</summary>
    public IReadOnlyList<CampaignView> CampaignsWithUnidentifiedGuidelines =>
        UnidentifiedGuidelines.SelectMany(g => g.Campaigns).DistinctBy(c => c.Id).ToList();

    /// <summary>All codebook nodes, depth first in reporting order.</summary>
    public IEnumerable<CodeNode> AllCodes() => Methods.SelectMany(m => m.SelfAndDescendants());
}
