using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportGen.Document;
using ReportGen.Templating.Claims;

namespace ReportGen.Rendering.Html;

/// <summary>
/// Writes literal text as Markdig does, but wraps each number a template wrote from the data in a span whose hover
/// title says what it counts and the rows behind it:
/// <c>&lt;span class="claim" title="11 of 24: strategies = interactive; campaigns.csv rows 3, 8"&gt;45.8%&lt;/span&gt;</c>.
/// Claims are placed by their spans in the Markdown. A claim may lie across literals (Markdig splits text at
/// brackets and parentheses), so a span opens in the literal where the claim starts and closes in the one
/// where it ends; literals are visited in document order.
/// </summary>
internal sealed class ClaimTitleRenderer(ReportDocument document) : HtmlObjectRenderer<LiteralInline>
{
    private readonly List<(ClaimSpan Span, Claim Claim)> _spans =
        document.Claims.SelectMany(c => c.Spans.Select(s => (s, c))).OrderBy(x => x.s.Offset).ToList();

    private int _next;
    // The Markdown offset where the open claim's span ends, or -1 when none is open.
    private int _openUntil = -1;

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (!renderer.EnableHtmlForInline || _spans.Count == 0 || literal.Span.IsEmpty)
        {
            if (renderer.EnableHtmlForInline) renderer.WriteEscape(ref literal.Content);
            else renderer.Write(ref literal.Content);
            return;
        }
        var text = literal.Content.ToString();
        var start = literal.Span.Start;
        var end = literal.Span.End + 1;
        var markdown = document.Markdown;
        if (start < 0 || markdown.Length < end)
        {
            renderer.WriteEscape(text);
            return;
        }
        var written = 0;
        while (true)
        {
            if (_openUntil >= 0)
            {
                if (_openUntil > end) break;
                var cut = Math.Clamp(IndexOf(markdown, start, end, _openUntil), written, text.Length);
                renderer.WriteEscape(text[written..cut]);
                renderer.Write("</span>");
                written = cut;
                _openUntil = -1;
                continue;
            }
            while (_next < _spans.Count && _spans[_next].Span.Offset < start) _next++;
            if (_next >= _spans.Count || _spans[_next].Span.Offset >= end) break;
            var (span, claim) = _spans[_next++];
            var at = IndexOf(markdown, start, end, span.Offset);
            if (at < written || at >= text.Length || claim.Text.Length == 0 || text[at] != claim.Text[0]) continue;
            renderer.WriteEscape(text[written..at]);
            renderer.Write("<span class=\"claim\" title=\"").WriteEscape(Title(claim)).Write("\">");
            written = at;
            _openUntil = span.Offset + span.Length;
        }
        renderer.WriteEscape(text[written..]);
    }

    /// <summary>
    /// Where the Markdown at <paramref name="offset"/> lands in the literal's text: Markdig folds escapes ("\\.") into the
    /// literal around them, so each escape is two characters of Markdown for one of text.
    /// </summary>
    private static int IndexOf(string markdown, int start, int end, int offset)
    {
        var index = 0;
        for (var i = start; i < Math.Min(offset, end); i++)
        {
            if (markdown[i] == '\\' && i + 1 < end && markdown[i + 1] is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(markdown[i + 1])) i++;
            index++;
        }
        return index;
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
}
