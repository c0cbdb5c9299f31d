using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>Computes <see cref="ReviewAggregates"/>. Knows nothing of any particular codebook or field values.</summary>
public static class ReviewAnalyzer
{
    public static ReviewAggregates Analyze(Review review)
    {
        var resources = review.Resources.ToDictionary(r => r.Id);
        var guidelines = review.Guidelines.ToDictionary(g => g.Id);
        var codes = review.Codebook.ToDictionary(c => c.Id);
        var values = review.Values.ToDictionary(v => (v.Field, v.Id));
        var methods = BuildCodeTree(review.Codebook);
        var nodes = methods.SelectMany(m => m.SelfAndDescendants()).ToDictionary(n => n.Id);

        var campaigns = review.Campaigns.Select(c =>
        {
            var strategies = c.StrategyCodes.Select(id => codes[id]).ToList();
            var usedMethods = strategies.Select(s => nodes[RootOf(s, codes).Id]).Distinct()
                .OrderBy(m => m.Code.Order).ToList();
            return new CampaignView(
                c.Id, c.Name, c.Purpose,
                values[("country", c.Country)], values[("population", c.Population)],
                values[("duration_type", c.DurationType)], c.Duration,
                c.GuidelineIds.Select(id => guidelines[id]).ToList(),
                strategies, usedMethods,
                c.ResourceIds.Select(id => resources[id]).ToList(),
                c.Incentives, c.Disincentives, c.KeyMessage, c.Source);
        }).ToList();

        foreach (var node in nodes.Values)
        {
            var below = node.SelfAndDescendants().Select(n => n.Id).ToHashSet();
            node.Campaigns = campaigns.Where(c => c.Strategies.Any(s => below.Contains(s.Id))).ToList();
        }

        var byField = review.Values.GroupBy(v => v.Field).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ValueGroup>)g.Select(v => new ValueGroup(v.Id, v.Label,
                campaigns.Where(c => FieldValue(c, v.Field) == v.Id).ToList())).ToList());

        var guidelineCounts = review.Guidelines
            .Select(g => new GuidelineCount(g, campaigns.Where(c => c.Guidelines.Contains(g)).ToList()))
            .ToList();

        return new ReviewAggregates(
            review.Resources,
            campaigns,
            byField,
            guidelineCounts.Where(g => g.Guideline.Identified).ToList(),
            guidelineCounts.Where(g => !g.Guideline.Identified).ToList(),
            methods,
            campaigns.Where(c => c.Methods.Count == 1).ToList(),
            campaigns.Where(c => c.Methods.Count > 1).ToList(),
            campaigns.Where(c => !string.IsNullOrWhiteSpace(c.Incentives)).ToList(),
            campaigns.Where(c => !string.IsNullOrWhiteSpace(c.Disincentives)).ToList(),
            new FlowSummary(review.Flow));
    }

    /// <summary>The value of an enumerated field; the field names are the ones values.csv may use.</summary>
    private static string FieldValue(CampaignView c, string field) => field switch
    {
        "country" => c.Country.Id,
        "population" => c.Population.Id,
        "duration_type" => c.DurationType.Id,
        _ => "",
    };

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

    private static Code RootOf(Code code, Dictionary<string, Code> codes)
    {
        while (code.ParentId is not null) code = codes[code.ParentId];
        return code;
    }
}
