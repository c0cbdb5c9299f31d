using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportGen.Document;
using ReportGen.Templating.Claims;

namespace ReportGen.Rendering.Html;

/// <summary>
/// Writes literal text as Markdig does, but gives each number a template wrote from the data a hover title saying what
/// it counts and the rows behind it: <c>&lt;span class="claim" title="11 of 24: strategies = interactive; campaigns.csv rows 3, 8"&gt;45.8%&lt;/span&gt;</c>.
/// A claim is placed by its span in the Markdown and only where the text there is the claim's own.
/// </summary>
internal sealed class ClaimTitleRenderer(ReportDocument document) : HtmlObjectRenderer<LiteralInline>
{
    private readonly List<(ClaimSpan Span, Claim Claim)> _spans =
        document.Claims.SelectMany(c => c.Spans.Select(s => (s, c))).OrderBy(x => x.s.Offset).ToList();

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(ref literal.Content);
            return;
        }
        var text = literal.Content.ToString();
        var start = literal.Span.Start;
        var written = 0;
        foreach (var (span, claim) in Within(start, start + text.Length))
        {
            var at = span.Offset - start;
            if (at < written || at + span.Length > text.Length || string.CompareOrdinal(text, at, claim.Text, 0, span.Length) != 0) continue;
            renderer.WriteEscape(text[written..at]);
            renderer.Write("<span class=\"claim\" title=\"").WriteEscape(Title(claim)).Write("\">");
            renderer.WriteEscape(claim.Text);
            renderer.Write("</span>");
            written = at + span.Length;
        }
        renderer.WriteEscape(text[written..]);
    }

    /// <summary>"11 of 24: strategies = interactive; campaigns.csv rows 3, 8, 11".</summary>
    internal static string Title(Claim claim)
    {
        var count = claim.Kind == Claim.PercentKind && claim.Whole is { } whole
            ? $"{claim.Subject.Count} of {whole.Count}"
            : claim.Subject.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = claim.Subject.DescribeRows();
        return $"{count}: {claim.Subject.Describe()}{(rows.Length > 0 ? "; " + rows : "")}";
    }

    private IEnumerable<(ClaimSpan Span, Claim Claim)> Within(int start, int end)
    {
        // Claims are sorted by offset; a document has a few hundred, so a scan per literal stays cheap.
        foreach (var item in _spans)
        {
            if (item.Span.Offset >= end) yield break;
            if (item.Span.Offset >= start) yield return item;
        }
    }
}
