using ReportGen.Analysis;
using ReportGen.Templating.Functions;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>Functions over the model's counted lists; registered with the other template functions.</summary>
internal static class ModelFunctions
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    internal static void Register(ScriptObject globals, TableCells table)
    {
        globals.Import("table_header", new Func<MarkdownText>(table.Header));
        globals.Import("table_row", new Func<CampaignView, MarkdownText>(table.Row));
        globals.Import("table_widths", new Func<MarkdownText>(table.Widths));
        globals.Import("cross_tab", new Func<object, object, CrossTab>((rows, columns) => CrossTabOf(globals, rows, columns)));
        globals.Import("most_counted", new Func<IEnumerable<object>, int, IReadOnlyList<ICounted>>(MostCounted));
        globals.Import("least_counted", new Func<IEnumerable<object>, int, IReadOnlyList<ICounted>>(LeastCounted));
        globals.Import("counted", new Func<IEnumerable<object>, IReadOnlyList<ICounted>>(Counted));
        globals.Import("resources_of", new Func<IEnumerable<object>, IReadOnlyList<Model.Resource>>(ResourcesOf));
        globals.Import("list_separator", new Func<int, int, MarkdownText>(ListSeparator));
    }

    /// <summary>
    /// The items ranked in the first <paramref name="places"/> places by count, ties kept together, zero counts left out.
    /// <c>most_counted guidelines 3</c> → ACP (6), CW (5), RCR (5) when the next count is 3.
    /// </summary>
    public static IReadOnlyList<ICounted> MostCounted(IEnumerable<object> items, int places) =>
        ByRank(items, places, descending: true);

    /// <summary><c>least_counted methods 1</c> → the method(s) used by the fewest campaigns (but at least one).</summary>
    public static IReadOnlyList<ICounted> LeastCounted(IEnumerable<object> items, int places) =>
        ByRank(items, places, descending: false);

    /// <summary><c>counted fields.setting.counts</c> → the values used by at least one campaign, in reporting order.</summary>
    public static IReadOnlyList<ICounted> Counted(IEnumerable<object> items) =>
        items.OfType<ICounted>().Where(i => i.Count > 0).ToList();

    /// <summary><c>resources_of campaigns_with_incentives</c> → the distinct resources describing those campaigns.</summary>
    public static IReadOnlyList<Model.Resource> ResourcesOf(IEnumerable<object> campaigns) =>
        CampaignResources.Of(campaigns.OfType<CampaignView>());

    /// <summary>
    /// What goes after item <paramref name="index"/> (0-based) of <paramref name="count"/> items written in a loop:
    /// <c>list_separator 0 3</c> → ", ", <c>list_separator 1 3</c> → ", and ", <c>list_separator 0 2</c> → " and ",
    /// and "" after the last item, so a loop writes "a, b, and c" like <c>join_list</c> does.
    /// </summary>
    public static MarkdownText ListSeparator(int index, int count) => new(ListText.Separator(index, count));

    /// <summary>
    /// <c>cross_tab fields.setting fields.design</c> (or the fields' names) → one row per setting, each with
    /// one cell per design: <c>row.label</c>, <c>row.count</c>, <c>row.cells[i].count</c>, <c>.percent</c> (of the row).
    /// </summary>
    public static CrossTab CrossTabOf(ScriptObject globals, object rows, object columns) =>
        CrossTab.Of(ListField(globals, rows), ListField(globals, columns));

    private static ListSummary ListField(ScriptObject globals, object field)
    {
        if (field is ListSummary list) return list;
        if (field is string name && globals["fields"] is ScriptObject fields && fields[name] is ListSummary named) return named;
        throw new ArgumentException(
            $"cross_tab counts two fields whose values come from a list (kinds one, several, guidelines, resources), such as fields.NAME; '{field}' is not one.");
    }

    /// <summary>Competition ranking ("1, 2, 2, 4"): an item is kept when fewer than <paramref name="places"/> items beat it.</summary>
    private static List<ICounted> ByRank(IEnumerable<object> items, int places, bool descending)
    {
        var counted = Counted(items);
        bool Beats(ICounted a, ICounted b) => descending ? a.Count > b.Count : a.Count < b.Count;
        var kept = counted.Where(item => counted.Count(other => Beats(other, item)) < places);
        return (descending ? kept.OrderByDescending(i => i.Count) : kept.OrderBy(i => i.Count)).ToList();
    }
}
