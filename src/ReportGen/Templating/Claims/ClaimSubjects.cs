using System.Collections;
using System.Runtime.CompilerServices;
using ReportGen.Analysis;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating.Claims;

/// <summary>
/// Says what a value a template reached counts: a field's value, a codebook node, a guideline, a flow count or a list
/// of campaigns or resources. Built once per build from the aggregates, which it reads but never changes.
/// </summary>
internal sealed class ClaimSubjects
{
    // Derived flow counts the templates reach (FlowSummary's totals), with the rows of flow.csv that make them.
    private static readonly Dictionary<string, string[]> DerivedFlow = new(StringComparer.Ordinal)
    {
        ["identified_in_initial_search"] = ["database_results", "register_results", "website_results", "organisation_results"],
        ["from_citation_searching"] = ["citations_results"],
        ["included_studies"] = ["total_studies", "new_studies"],
        ["included_reports"] = ["total_reports", "new_reports"],
    };

    private readonly ConditionalWeakTable<object, string> _fieldOf = new();
    private readonly ReviewAggregates _aggregates;
    private readonly FlowCounts _flow;
    private readonly object? _flowObject;

    public ClaimSubjects(Review review, ReviewAggregates aggregates, object? flowObject)
    {
        _aggregates = aggregates;
        _flow = review.Flow;
        _flowObject = flowObject;
        foreach (var summary in aggregates.Fields)
        {
            switch (summary)
            {
                case ListSummary list:
                    foreach (var count in list.Counts) _fieldOf.AddOrUpdate(count, summary.Name);
                    break;
                case CodeSummary codes:
                    foreach (var node in codes.Categories.SelectMany(c => c.SelfAndDescendants())) _fieldOf.AddOrUpdate(node, summary.Name);
                    break;
            }
        }
        // The codebook tree templates reach as `methods` counts the first field of codes.
        if (aggregates.Fields.OfType<CodeSummary>().FirstOrDefault() is { } codeField)
        {
            foreach (var node in aggregates.AllCodes())
            {
                if (!_fieldOf.TryGetValue(node, out _)) _fieldOf.AddOrUpdate(node, codeField.Name);
            }
        }
        var guidelineField = review.Fields.FirstOrDefault(f => f.Kind == FieldKind.Guidelines)?.Name ?? "guidelines";
        foreach (var guideline in aggregates.Guidelines.Concat(aggregates.UnidentifiedGuidelines)) _fieldOf.AddOrUpdate(guideline, guidelineField);
    }

    /// <summary>A global number the aggregates hold (<c>campaign_count</c>, <c>resource_count</c>).</summary>
    public ClaimSubject? OfGlobal(string name, object? value) => name switch
    {
        "campaign_count" => OfList(name, _aggregates.Campaigns),
        "resource_count" => OfList(name, _aggregates.Resources),
        _ => null,
    };

    /// <summary><c>target.member</c> when it gave a number: a count of a counted item, a list's size, a flow count.</summary>
    public ClaimSubject? OfMember(object? target, string member, object? value)
    {
        if (!IsNumber(value)) return null;
        if (target is not null && ReferenceEquals(target, _flowObject)) return OfFlow(member, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        return (target, member) switch
        {
            (ICounted counted, "count") => OfCounted(counted),
            (FieldSummary field, _) => new ClaimSubject($"{field.Name}.{member}", Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
                field.Filled.Select(c => c.Source).ToList()) { Field = field.Name, Value = member },
            (IEnumerable list and not string, "size" or "count") => OfList(null, list),
            _ => null,
        };
    }

    public ClaimSubject OfCounted(ICounted counted)
    {
        var (id, label) = counted switch
        {
            FieldCount f => (f.Id, f.Label),
            CodeNode n => (n.Id, n.Label),
            GuidelineCount g => (g.Id, g.Name),
            _ => ("", ""),
        };
        var field = _fieldOf.TryGetValue(counted, out var name) ? name : null;
        return new ClaimSubject(label, counted.Count, counted.Campaigns.Select(c => c.Source).ToList()) { Field = field, Value = id };
    }

    /// <summary>A list's size: its items' rows when they are campaigns, resources or codebook nodes.</summary>
    public static ClaimSubject OfList(string? what, IEnumerable list)
    {
        var items = list.Cast<object?>().ToList();
        var rows = items.Select(RowOf).Where(r => r is not null).Select(r => r!.Value).ToList();
        var kind = items.FirstOrDefault() switch
        {
            CampaignView => "campaigns",
            Resource => "resources",
            CodeNode => "codebook nodes",
            GuidelineCount => "guidelines",
            _ => "items",
        };
        return new ClaimSubject(what ?? kind, items.Count, rows);
    }

    public ClaimSubject? OfFlow(string data, long value) => OfFlow(_flow, data, value);

    /// <summary>A flow count: the rows of flow.csv that give it (those a total adds), counted or itemised.</summary>
    public static ClaimSubject OfFlow(FlowCounts flow, string data, long value)
    {
        var sources = FlowRowsOf(data).Select(flow.Row).Where(r => r is not null && (r.Count is not null || r.Breakdown.Count > 0))
            .Select(r => new SourceRef(flow.File, r!.Line, Math.Max(1, r.Column))).ToList();
        return new ClaimSubject(data, value, sources) { FlowNode = data };
    }

    /// <summary>The rows of flow.csv a flow count the templates reach stands for: itself, or those a total adds.</summary>
    public static IReadOnlyList<string> FlowRowsOf(string data) => DerivedFlow.TryGetValue(data, out var parts) ? parts : [data];

    private static SourceRef? RowOf(object? item) => item switch
    {
        CampaignView c => c.Source,
        Resource r => r.Source,
        CodeNode n => n.Code.Source,
        GuidelineCount g => g.Guideline.Source,
        _ => null,
    };

    internal static bool IsNumber(object? value) => value is int or long or short or byte;

    internal static bool IsListObject(object? value) => value is IEnumerable and not string and not ScriptObject;
}
