namespace ReportGen.Model;

/// <summary>
/// One row of a PRISMA2020-format flow CSV. <see cref="Count"/> is null when the review did not
/// report it ("NA", empty, or a template placeholder such as "xxx"): never zero by default.
/// <see cref="Breakdown"/> holds "Name, n; Name, n" lists (per-database counts, exclusion reasons).
/// <see cref="Line"/> and <see cref="Column"/> locate the row's `n` cell (1-based; 0 when unknown).
/// </summary>
internal sealed record FlowRow(
    string Data, string Node, string Box, string Description, string BoxText, int? Count,
    IReadOnlyList<FlowItem> Breakdown, int Line, int Column = 0);

internal sealed record FlowItem(string Name, int? Count);

/// <summary>The flow counts of a review, keyed by the PRISMA2020 `data` names (database_results, …).</summary>
internal sealed record FlowCounts(string File, IReadOnlyList<FlowRow> Rows)
{
    public static FlowCounts Empty(string file) => new(file, []);

    public FlowRow? Row(string data) => Rows.FirstOrDefault(r => r.Data == data);

    public int? Count(string data) => Row(data)?.Count;

    public IReadOnlyList<FlowItem> Breakdown(string data) => Row(data)?.Breakdown ?? [];

    /// <summary>True when the row has a count or at least one breakdown item with a count.</summary>
    public bool IsReported(string data) =>
        Row(data) is { } row && (row.Count is not null || row.Breakdown.Any(i => i.Count is not null));
}
