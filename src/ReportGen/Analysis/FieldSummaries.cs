using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>
/// What templates reach as <c>fields.NAME</c>: the field's declaration and, for every kind, the campaigns that
/// fill it (<c>filled</c>, <c>n</c>) and those that leave it empty (<c>missing</c>). Each kind adds its own aggregates.
/// </summary>
internal abstract class FieldSummary(Field declared, IReadOnlyList<CampaignView> campaigns)
{
    public string Name => declared.Name;
    public string Label => declared.Label;
    public string Kind => FieldKinds.Name(declared.Kind);
    public Field Declaration => declared;
    public IReadOnlyList<CampaignView> Filled { get; } = campaigns.Where(c => c.HasValue(declared.Name)).ToList();
    public int N => Filled.Count;
    public int Missing => campaigns.Count - N;
}

/// <summary>
/// A field whose cells name values from a list (kinds one, several, guidelines, resources): each value's count and
/// percentage of all campaigns in reporting order (<c>counts</c>), those used at least once (<c>counted</c>), by
/// rank with ties (<c>ranked</c>), and the most and least used (<c>most</c>, <c>least</c>: every value tied for it).
/// </summary>
internal sealed class ListSummary : FieldSummary
{
    public ListSummary(Field field, IReadOnlyList<CampaignView> campaigns, IReadOnlyList<(string Id, string Label, string TableLabel, Wording Wording)> values)
        : base(field, campaigns)
    {
        var campaignsOf = CampaignIndex.By(campaigns, c => c.Cells[field.Name].Ids, StringComparer.Ordinal);
        var counts = values.Select(v => new FieldCount(v.Id, v.Label, v.TableLabel, campaignsOf[v.Id].ToList(), campaigns.Count)
            { Wording = v.Wording }).ToList();
        var descending = counts.Select(o => o.Count).OrderDescending().ToArray();
        Counts = counts.Select(c => c with { Rank = 1 + CountAbove(descending, c.Count) }).ToList();
        Counted = Counts.Where(c => c.Count > 0).ToList();
        Ranked = Counted.OrderBy(c => c.Rank).ToList();
        Most = Ranked.Where(c => c.Rank == 1).ToList();
        // The smallest count found once: asked for inside the filter, it was found again for every value, and a field
        // that names resources has as many values as the review has resources (quadratic at 100,000 campaigns).
        var fewest = Counted.Count == 0 ? 0 : Counted.Min(o => o.Count);
        Least = Counted.Where(c => c.Count == fewest).ToList();
    }

    public IReadOnlyList<FieldCount> Counts { get; }

    /// <summary>How many of <paramref name="descending"/> (sorted largest first) are above <paramref name="count"/>.</summary>
    private static int CountAbove(int[] descending, int count)
    {
        int low = 0, high = descending.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (descending[middle] > count) low = middle + 1;
            else high = middle;
        }
        return low;
    }
    public IReadOnlyList<FieldCount> Counted { get; }
    public IReadOnlyList<FieldCount> Ranked { get; }
    public IReadOnlyList<FieldCount> Most { get; }
    public IReadOnlyList<FieldCount> Least { get; }
}

/// <summary>
/// A field of codebook codes: the codebook's top-level categories with the campaigns using any code below each
/// (<c>categories</c>), every sub-type (<c>subtypes</c>), and the campaigns using one category or several.
/// </summary>
internal sealed class CodeSummary : FieldSummary
{
    public CodeSummary(Field field, IReadOnlyList<CampaignView> campaigns, IReadOnlyList<CodeNode> categories) : base(field, campaigns)
    {
        Categories = categories;
        Subtypes = categories.SelectMany(c => c.IsLeaf ? [c] : c.Leaves).ToList();
        var used = campaigns.ToDictionary(c => c, _ => 0);
        foreach (var campaign in categories.SelectMany(m => m.Campaigns)) used[campaign]++;
        SingleCategory = campaigns.Where(c => used[c] == 1).ToList();
        SeveralCategories = campaigns.Where(c => used[c] > 1).ToList();
    }

    public IReadOnlyList<CodeNode> Categories { get; }
    public IReadOnlyList<CodeNode> Subtypes { get; }
    public IReadOnlyList<CampaignView> SingleCategory { get; }
    public IReadOnlyList<CampaignView> SeveralCategories { get; }
}

/// <summary>A field of numbers (kinds integer, decimal, year): <c>n</c>, <c>min</c>, <c>median</c>, <c>max</c>, <c>sum</c>, all null when no cell is filled.</summary>
internal sealed class NumberSummary : FieldSummary
{
    public NumberSummary(Field field, IReadOnlyList<CampaignView> campaigns) : base(field, campaigns)
    {
        var numbers = Filled.Select(c => c.Cells[field.Name].Number!.Value).Order().ToList();
        Values = numbers.Select(Normal).ToList();
        if (numbers.Count == 0) return;
        Min = Normal(numbers[0]);
        Max = Normal(numbers[^1]);
        Sum = Normal(numbers.Sum());
        var middle = numbers.Count / 2;
        Median = Normal(numbers.Count % 2 == 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2);
    }

    public IReadOnlyList<decimal> Values { get; }
    public decimal? Min { get; }
    public decimal? Median { get; }
    public decimal? Max { get; }
    public decimal? Sum { get; }

    /// <summary>Drops trailing zeros, so 12.50 and 12.5 print alike and a whole median prints without ".0".</summary>
    private static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}

/// <summary>A field of dates: the earliest and latest (<c>first</c>, <c>last</c>, written YYYY-MM-DD), or empty.</summary>
internal sealed class DateSummary : FieldSummary
{
    public DateSummary(Field field, IReadOnlyList<CampaignView> campaigns) : base(field, campaigns)
    {
        var dates = Filled.Select(c => c.Cells[field.Name].Text).Order(StringComparer.Ordinal).ToList();
        First = dates.FirstOrDefault() ?? "";
        Last = dates.LastOrDefault() ?? "";
    }

    public string First { get; }
    public string Last { get; }
}

/// <summary>A field of free text: <c>filled</c> and <c>n</c> are all it has.</summary>
internal sealed class TextSummary(Field field, IReadOnlyList<CampaignView> campaigns) : FieldSummary(field, campaigns);

/// <summary>Two list fields counted together: one row per value of the first, one cell per value of the second.</summary>
internal sealed record CrossTab(string RowField, string ColumnField, IReadOnlyList<CrossTabRow> Rows, IReadOnlyList<FieldCount> Columns, int Total)
{
    public static CrossTab Of(ListSummary rows, ListSummary columns) => new(rows.Name, columns.Name,
        rows.Counts.Select(r => new CrossTabRow(r, columns.Counts.Select(c => c with
        {
            Campaigns = r.Campaigns.Intersect(c.Campaigns).ToList(),
            Total = r.Count,
        }).ToList())).ToList(),
        columns.Counts, rows.Counts.Count == 0 ? 0 : rows.Counts[0].Total);
}

/// <summary>A row of a <see cref="CrossTab"/>: a value of the first field, its count, and a cell per value of the second (its share is of the row).</summary>
internal sealed record CrossTabRow(FieldCount Value, IReadOnlyList<FieldCount> Cells)
{
    public string Id => Value.Id;
    public string Label => Value.Label;
    public string TableLabel => Value.TableLabel;
    public int Count => Value.Count;
}
