using ReportGen.Model;

namespace ReportGen.Analysis;

// What templates see. Scriban exposes these properties in snake_case (CampaignCount → campaign_count);
// they hold every number and list the text needs, so templates only choose words.

/// <summary>Anything that is counted over campaigns: a value of a field, a guideline, a codebook node.</summary>
internal interface ICounted
{
    int Count { get; }
    IReadOnlyList<CampaignView> Campaigns { get; }
    /// <summary>Every resource of the counted campaigns, for citation lists.</summary>
    IReadOnlyList<Resource> Resources { get; }
}

/// <summary>
/// A campaign as templates see it: <c>c.id</c>, <c>c.methods</c> (the codebook's top-level methods it uses) and
/// <c>c.NAME</c> for each field fields.csv declares, holding what the field's kind holds: a value with
/// <c>id</c>, <c>label</c> and <c>table_label</c> (kind one), a list of them (several, codes, guidelines,
/// resources), text, a number (null when empty) or a date as written.
/// </summary>
internal sealed class CampaignView
{
    public required string Id { get; init; }
    public required SourceRef Source { get; init; }
    public required IReadOnlyDictionary<string, object?> Values { get; init; }
    /// <summary>The resources named by its fields of kind 'resources', the main report first.</summary>
    public required IReadOnlyList<Resource> Resources { get; init; }
    /// <summary>The codebook codes named by its fields of kind 'codes'.</summary>
    public required IReadOnlyList<Code> Strategies { get; init; }
    public IReadOnlyList<CodeNode> Methods { get; internal set; } = [];
    public required IReadOnlyList<Guideline> Guidelines { get; init; }
    /// <summary>The cells as charted, by field name.</summary>
    public required IReadOnlyDictionary<string, FieldCell> Cells { get; init; }

    public object? this[string field] => Values[field];

    public bool HasValue(string field) => Cells.TryGetValue(field, out var cell) && !cell.IsEmpty;
}

/// <summary>
/// The campaigns sharing one value of a list field (a setting, a guideline), with its share of
/// <see cref="Total"/> campaigns and its rank by count (1 for the most; ties share a rank).
/// </summary>
internal sealed record FieldCount(string Id, string Label, string TableLabel, IReadOnlyList<CampaignView> Campaigns, int Total)
    : ICounted
{
    public int Count => Campaigns.Count;
    public string Percent => Total > 0 ? Share.Percent(Count, Total) : "0%";
    public int Rank { get; init; }
    public IReadOnlyList<Resource> Resources => CampaignResources.Of(Campaigns);
}

internal sealed record GuidelineCount(Guideline Guideline, IReadOnlyList<CampaignView> Campaigns) : ICounted
{
    public string Id => Guideline.Id;
    public string Name => Guideline.Name;
    public string TableLabel => Guideline.TableLabel;
    public int Count => Campaigns.Count;
    public IReadOnlyList<Resource> Resources => CampaignResources.Of(Campaigns);
}

/// <summary>A method (depth 0), a group within it, or a sub-type, with the campaigns that use any code below it.</summary>
internal sealed class CodeNode : ICounted
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

internal static class CampaignResources
{
    /// <summary>Distinct resources of the campaigns, in first-seen order.</summary>
    public static IReadOnlyList<Resource> Of(IEnumerable<CampaignView> campaigns) =>
        campaigns.SelectMany(c => c.Resources).DistinctBy(r => r.Id).ToList();
}
