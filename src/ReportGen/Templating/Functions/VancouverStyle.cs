using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// Vancouver (ICMJE/NLM): references numbered in the order they are first cited, "[1, 3–5]" in the text and the list
/// in number order. A number depends on every citation before it, including those a template writes later in its
/// output than it runs them, so each citation is written as a marker while the templates run and numbered by
/// <see cref="Finish"/> in reading order (<see cref="CitationOrder"/>).
/// </summary>
internal sealed partial class VancouverStyle(CitationStyle names) : ReferenceStyle(names)
{
    /// <summary>Marks a citation in rendered Markdown; data cannot write it, as the escaper turns it into an entity.</summary>
    internal const char MarkerStart = '\uE100';
    internal const char MarkerEnd = '\uE101';

    private readonly List<Call> _calls = [];

    public override MarkdownText Cite(IReadOnlyList<Resource> resources) =>
        resources.Count == 0 ? MarkdownText.Empty : Record(CallKind.Cite, resources);

    public override MarkdownText CiteNarrative(IReadOnlyList<Resource> resources) =>
        resources.Count == 0 ? MarkdownText.Empty : Record(CallKind.Narrative, resources);

    public override MarkdownText ReferenceList(IReadOnlyList<Resource> resources) => Record(CallKind.List, resources);

    /// <summary>
    /// Numbers every cited resource in reading order, starting with the documents that hold a reference list (so the
    /// manuscript's numbers are the ones a separate Table 2 repeats), then writes the citations and lists.
    /// </summary>
    public override IReadOnlyList<string> Finish(IReadOnlyList<string> documents)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var markers = documents.Select(d => CitationOrder.Of(d, MarkerStart, MarkerEnd)).ToList();
        var order = Enumerable.Range(0, documents.Count)
            .OrderBy(i => markers[i].Any(m => m < _calls.Count && _calls[m].Kind == CallKind.List) ? 0 : 1)
            .ThenBy(i => i);
        foreach (var i in order)
        {
            var calls = markers[i].Where(m => m < _calls.Count).Select(m => _calls[m]).ToList();
            // Resources a list holds but no text cites are numbered after every cited one, in the list's order.
            foreach (var call in calls.Where(c => c.Kind != CallKind.List).Concat(calls.Where(c => c.Kind == CallKind.List)))
            {
                foreach (var resource in call.Resources) numbers.TryAdd(resource.Id, numbers.Count + 1);
            }
        }
        return documents.Select(d => MarkerPattern().Replace(d, m => Write(m.Groups[1].Value, numbers))).ToList();
    }

    private MarkdownText Record(CallKind kind, IReadOnlyList<Resource> resources)
    {
        _calls.Add(new Call(kind, resources));
        return new MarkdownText($"{MarkerStart}{_calls.Count - 1}{MarkerEnd}");
    }

    private string Write(string index, Dictionary<string, int> numbers)
    {
        if (!int.TryParse(index, out var i) || i >= _calls.Count) return "";
        var call = _calls[i];
        return call.Kind switch
        {
            CallKind.Cite => Numbers(call.Resources.Select(r => numbers[r.Id])),
            CallKind.Narrative => ListText.Join(call.Resources
                .GroupBy(r => Names.Names(r), StringComparer.Ordinal)
                .Select(g => new MarkdownText(MarkdownEscaper.EscapeInline(g.Key) + " " + Numbers(g.Select(r => numbers[r.Id]))))).Markdown,
            _ => string.Join("\n\n", call.Resources.DistinctBy(r => r.Id).OrderBy(r => numbers[r.Id])
                .Select(r => $"{numbers[r.Id]}\\. {VancouverReferenceList.Entry(r).Markdown}")),
        };
    }

    /// <summary>[1, 2, 3, 5] → "\[1–3, 5\]": runs of three or more become ranges, as NLM writes them.</summary>
    internal static string Numbers(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1) end++;
            if (end - i >= 2) parts.Add($"{sorted[i]}–{sorted[end]}");
            else parts.AddRange(sorted.Skip(i).Take(end - i + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            i = end + 1;
        }
        return new StringBuilder("\\[").Append(string.Join(", ", parts)).Append("\\]").ToString();
    }

    [GeneratedRegex("\uE100(\\d+)\uE101")]
    private static partial Regex MarkerPattern();

    private enum CallKind { Cite, Narrative, List }

    private sealed record Call(CallKind Kind, IReadOnlyList<Resource> Resources);
}
