using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>Computes <see cref="ReviewAggregates"/>. Knows nothing of any particular field, codebook or value.</summary>
internal static class ReviewAnalyzer
{
    public static ReviewAggregates Analyze(Review review)
    {
        var lists = new Lists(review);
        var campaigns = review.Campaigns.Select(c => View(review, lists, c)).ToList();

        // The codebook's tree counts the codes of every 'codes' field together (one in most reviews).
        var methods = CodeTree(review.Codebook, campaigns, c => c.Strategies.Select(s => s.Id));
        var roots = methods.ToDictionary(m => m.Id);
        foreach (var c in campaigns)
            c.Methods = c.Strategies.Select(s => roots[RootOf(s, lists).Id]).Distinct().OrderBy(m => m.Code.Order).ToList();

        var campaignsOf = CampaignIndex.By(campaigns, c => c.Guidelines);
        var guidelineCounts = review.Guidelines.Select(g => new GuidelineCount(g, campaignsOf[g].ToList())).ToList();

        return new ReviewAggregates(
            review.Resources,
            campaigns,
            review.Fields.Select(f => Summarize(review, f, campaigns)).ToList(),
            guidelineCounts.Where(g => g.Guideline.Identified).ToList(),
            guidelineCounts.Where(g => !g.Guideline.Identified).ToList(),
            methods,
            campaigns.Where(c => c.Methods.Count == 1).ToList(),
            campaigns.Where(c => c.Methods.Count > 1).ToList(),
            TableColumnView.From(review.Fields),
            new FlowSummary(review.Flow))
        {
            TableGlossary = TableGlossary.Of(review, campaigns),
        };
    }

    /// <summary>The list files' entries by id, so that a large review is not searched once per cell.</summary>
    private sealed class Lists(Review review)
    {
        public Dictionary<string, Resource> Resources { get; } = review.Resources.ToDictionary(r => r.Id);
        public Dictionary<string, Code> Codes { get; } = review.Codebook.ToDictionary(c => c.Id);
        public Dictionary<string, Guideline> Guidelines { get; } = review.Guidelines.ToDictionary(g => g.Id);
        public Dictionary<(string, string), ValueLabel> Values { get; } = review.Values.ToDictionary(v => (v.Field, v.Id));
    }

    private static CampaignView View(Review review, Lists lists, Campaign c)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in review.Fields) values[field.Name] = Value(lists, field, c.Cells[field.Name]);
        List<T> Named<T>(FieldKind kind, Func<string, T> lookup) =>
            review.Fields.Where(f => f.Kind == kind).SelectMany(f => c.Cells[f.Name].Ids).Distinct().Select(lookup).ToList();
        return new CampaignView
        {
            Id = c.Id,
            Source = c.Source,
            Values = values,
            Cells = c.Cells,
            Resources = Named(FieldKind.Resources, id => lists.Resources[id]),
            Strategies = Named(FieldKind.Codes, id => lists.Codes[id]),
            Guidelines = Named(FieldKind.Guidelines, id => lists.Guidelines[id]),
            Inferred = review.Fields.Where(f => f.Kind == FieldKind.Inferred).SelectMany(f => c.Cells[f.Name].Ids)
                .ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>What <c>c.NAME</c> gives a template for a cell of this field's kind.</summary>
    private static object? Value(Lists lists, Field field, FieldCell cell) => field.Kind switch
    {
        FieldKind.One => cell.IsEmpty ? null : lists.Values[(field.Name, cell.Ids[0])],
        FieldKind.Several => cell.Ids.Select(id => lists.Values[(field.Name, id)]).ToList(),
        FieldKind.Codes => cell.Ids.Select(id => lists.Codes[id]).ToList(),
        FieldKind.Guidelines => cell.Ids.Select(id => lists.Guidelines[id]).ToList(),
        FieldKind.Resources => cell.Ids.Select(id => lists.Resources[id]).ToList(),
        FieldKind.WholeNumber or FieldKind.Year or FieldKind.Decimal => cell.Number,
        FieldKind.Inferred => cell.Ids,
        _ => cell.Text,
    };

    private static FieldSummary Summarize(Review review, Field field, IReadOnlyList<CampaignView> campaigns) => field.Kind switch
    {
        FieldKind.One or FieldKind.Several => new ListSummary(field, campaigns,
            review.Values.Where(v => v.Field == field.Name).Select(v => (v.Id, v.Label, v.TableLabel, v.Wording)).ToList()),
        FieldKind.Guidelines => new ListSummary(field, campaigns,
            review.Guidelines.Select(g => (g.Id, g.Name, g.TableLabel, Wording.Of(g.Name, "", ""))).ToList()),
        FieldKind.Resources => new ListSummary(field, campaigns,
            review.Resources.Select(r => (r.Id, r.Title, r.Id, Wording.Of(r.Title, "", ""))).ToList()),
        FieldKind.Codes => new CodeSummary(field, campaigns,
            CodeTree(review.Codebook, campaigns, c => c.Cells[field.Name].Ids)),
        FieldKind.WholeNumber or FieldKind.Decimal or FieldKind.Year => new NumberSummary(field, campaigns),
        FieldKind.Date => new DateSummary(field, campaigns),
        _ => new TextSummary(field, campaigns),
    };

    /// <summary>The codebook as a tree whose every node counts the campaigns naming any code below it.</summary>
    private static List<CodeNode> CodeTree(IReadOnlyList<Code> codebook, IReadOnlyList<CampaignView> campaigns,
        Func<CampaignView, IEnumerable<string>> codesOf)
    {
        var roots = BuildCodeTree(codebook);
        foreach (var node in roots.SelectMany(r => r.SelfAndDescendants()))
        {
            var below = node.SelfAndDescendants().Select(n => n.Id).ToHashSet();
            node.Campaigns = campaigns.Where(c => codesOf(c).Any(below.Contains)).ToList();
        }
        return roots;
    }

    private static List<CodeNode> BuildCodeTree(IReadOnlyList<Code> codebook)
    {
        var nodes = new Dictionary<string, CodeNode>();
        var roots = new List<CodeNode>();
        // The loader guarantees parents exist and there are no cycles; depth is computed on the way down.
        foreach (var code in codebook.OrderBy(c => c.Order))
            AddNode(code);
        // A code may be listed above its parent, which then joins the tree early; reporting order is row order.
        roots.Sort((a, b) => a.Code.Order.CompareTo(b.Code.Order));
        foreach (var node in nodes.Values) node.Children.Sort((a, b) => a.Code.Order.CompareTo(b.Code.Order));
        return roots;

        CodeNode AddNode(Code code)
        {
            if (nodes.TryGetValue(code.Id, out var existing)) return existing;
            var parent = code.ParentId is null ? null : AddNode(codebook.First(c => c.Id == code.ParentId));
            var node = new CodeNode { Code = code, Depth = parent is null ? 0 : parent.Depth + 1 };
            nodes[code.Id] = node;
            (parent?.Children ?? roots).Add(node);
            return node;
        }
    }

    private static Code RootOf(Code code, Lists lists)
    {
        while (code.ParentId is not null) code = lists.Codes[code.ParentId];
        return code;
    }
}
