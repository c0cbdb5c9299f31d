using ReportGen.Model;

namespace ReportGen.Analysis;

// What templates see. Scriban exposes these properties in snake_case (CampaignCount → campaign_count);
// they hold every number and list the text needs, so templates only choose words.

/// <summary>Anything that is counted over campaigns: a country, a guideline, a codebook node.</summary>
public interface ICounted
{
    int Count { get; }
    IReadOnlyList<CampaignView> Campaigns { get; }
    /// <summary>Every resource of the counted campaigns, for citation lists.</summary>
    IReadOnlyList<Resource> Resources { get; }
}

public sealed record CampaignView(
    string Id,
    string Name,
    string Purpose,
    ValueLabel Country,
    ValueLabel Population,
    ValueLabel DurationType,
    string Duration,
    IReadOnlyList<Guideline> Guidelines,
    IReadOnlyList<Code> Strategies,
    IReadOnlyList<CodeNode> Methods,
    IReadOnlyList<Resource> Resources,
    string Incentives,
    string Disincentives,
    string KeyMessage,
    SourceRef Source);

/// <summary>Campaigns sharing one value of an enumerated field (a country, a population, a duration type).</summary>
public sealed record ValueGroup(string Id, string Label, IReadOnlyList<CampaignView> Campaigns) : ICounted
{
    public int Count => Campaigns.Count;
    public IReadOnlyList<Resource> Resources => CampaignResources.Of(Campaigns);
}

public sealed record GuidelineCount(Guideline Guideline, IReadOnlyList<CampaignView> Campaigns) : ICounted
{
    public string Id => Guideline.Id;
    public string Name => Guideline.Name;
    public string TableLabel => Guideline.TableLabel;
    public int Count => Campaigns.Count;
    public IReadOnlyList<Resource> Resources => CampaignResources.Of(Campaigns);
}

/// <summary>A method (depth 0), a group within it, or a sub-type, with the campaigns that use any code below it.</summary>
public sealed class CodeNode : ICounted
{
    public required Code Code { get; init; }
    public required int Depth { get; init; }
    public List<CodeNode> Children { get; } = [];
    public IReadOnlyList<CampaignView> Campaigns { get; internal set; } = [];

    public string Id => Code.Id;
    public string Label => Code.Label;
    public string TableLabel => Code.TableLabel;
    public bool IsLeaf => Children.Count == 0;
    public IReadOnlyList<CodeNode> LeafChildren => Children.Where(c => c.IsLeaf).ToList();
    public IReadOnlyList<CodeNode> GroupChildren => Children.Where(c => !c.IsLeaf).ToList();
    /// <summary>The sub-types at the bottom of this node's tree, in reporting order, however deep they sit.</summary>
    public IReadOnlyList<CodeNode> Leaves => Children.SelectMany(c => c.IsLeaf ? [c] : c.Leaves).ToList();

    /// <summary>This node and every node below it, depth first in reporting order.</summary>
    public IEnumerable<CodeNode> SelfAndDescendants() => [this, .. Children.SelectMany(c => c.SelfAndDescendants())];
    public int Count => Campaigns.Count;
    public IReadOnlyList<Resource> Resources => CampaignResources.Of(Campaigns);
}

public static class CampaignResources
{
    /// <summary>Distinct resources of the campaigns, in first-seen order.</summary>
    public static IReadOnlyList<Resource> Of(IEnumerable<CampaignView> campaigns) =>
        campaigns.SelectMany(c => c.Resources).DistinctBy(r => r.Id).ToList();
}
