using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>Every aggregate the manuscript reports, computed once from the validated review.</summary>
internal sealed record ReviewAggregates(
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<CampaignView> Campaigns,
    IReadOnlyList<FieldSummary> Fields,
    IReadOnlyList<GuidelineCount> Guidelines,
    IReadOnlyList<GuidelineCount> UnidentifiedGuidelines,
    IReadOnlyList<CodeNode> Methods,
    IReadOnlyList<CampaignView> SingleMethodCampaigns,
    IReadOnlyList<CampaignView> MultiMethodCampaigns,
    IReadOnlyList<TableColumnView> Table,
    FlowSummary Flow)
{
    public int ResourceCount => Resources.Count;
    public int CampaignCount => Campaigns.Count;

    /// <summary>The counts of each field whose values come from values.csv (<c>by.FIELD</c>), in declaration order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldCount>> ByField =>
        Fields.Where(f => f.Declaration.Kind is FieldKind.One or FieldKind.Several)
            .ToDictionary(f => f.Name, f => ((ListSummary)f).Counts);

    public FieldSummary Field(string name) => Fields.Single(f => f.Name == name);

    /// <summary>Campaigns that name at least one guideline that could not be identified.</summary>
    public IReadOnlyList<CampaignView> CampaignsWithUnidentifiedGuidelines =>
        UnidentifiedGuidelines.SelectMany(g => g.Campaigns).DistinctBy(c => c.Id).ToList();

    /// <summary>All codebook nodes, depth first in reporting order.</summary>
    public IEnumerable<CodeNode> AllCodes() => Methods.SelectMany(m => m.SelfAndDescendants());
}

/// <summary>
/// A column of Table 2: its header, its relative width ("" when fields.csv gives none) and the fields written
/// into its cells, in declaration order.
/// </summary>
internal sealed record TableColumnView(int Position, string Header, string Width, IReadOnlyList<Field> Fields)
{
    /// <summary>The columns fields.csv places in Table 2, in position order.</summary>
    public static IReadOnlyList<TableColumnView> From(IEnumerable<Field> fields) =>
        fields.Where(f => f.Table is not null).GroupBy(f => f.Table!.Position).OrderBy(g => g.Key)
            .Select(g => new TableColumnView(g.Key, g.First().Table!.Header, g.First().Table!.Width, g.ToList())).ToList();
}
