using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Pdf.Text;

/// <summary>
/// Cuts running text into atoms at spaces (collapsed, as in HTML) and after hyphens and dashes, so that
/// line breaking only has to choose among atoms. Text arrives in pieces (Markdig splits a literal at every
/// escaped character, and data text is always escaped), so pieces of one style are gathered and cut as one:
/// "post" "-" "educational" is one word with a break point after its hyphen.
/// </summary>
internal sealed class AtomBuilder(ITextShaper shaper)
{
    private readonly List<TextAtom> _atoms = [];
    private readonly System.Text.StringBuilder _pending = new();
    private TextStyle _pendingStyle;
    private string? _pendingLink;
    private int _pendingLine;
    private bool _tied;

    public IReadOnlyList<TextAtom> Atoms
    {
        get
        {
            Flush();
            if (!_tied) ApplyTies();
            return _atoms;
        }
    }

    public void Append(string text, TextStyle style, string? link, int sourceLine)
    {
        if (_pending.Length > 0 && (style != _pendingStyle || link != _pendingLink)) Flush();
        if (_pending.Length == 0)
        {
            _pendingStyle = style;
            _pendingLink = link;
            _pendingLine = sourceLine;
        }
        _pending.Append(text);
        _tied = false;
    }

    public void HardBreak()
    {
        Flush();
        SetLastJoin(Join.HardBreak);
    }

    private void Flush()
    {
        if (_pending.Length == 0) return;
        var text = _pending.ToString();
        _pending.Clear();
        Cut(text, _pendingStyle, _pendingLink, _pendingLine);
    }

    private void Cut(string text, TextStyle style, string? link, int sourceLine)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            if (!atEnd && char.IsWhiteSpace(text[i]))
            {
                AddWord(text[start..i], style, link, sourceLine);
                MarkSpace(style, text[i] == Ties.NoBreakSpace ? Join.Tie : Join.Space);
                start = i + 1;
            }
            else if (!atEnd && IsBreakAfter(text, i))
            {
                AddWord(text[start..(i + 1)], style, link, sourceLine);
                SetLastJoin(Join.BreakAfter);
                start = i + 1;
            }
            else if (atEnd)
            {
                AddWord(text[start..], style, link, sourceLine);
            }
        }
    }

    /// <summary>
    /// A hyphen breaks only inside a word: "low-back" yes, "-5" or "a - b" no. A slash breaks inside a long token
    /// such as a URL ("https://doi.org/" | "10.1371/" | …), not in "and/or" nor between the slashes of "://"; a
    /// full stop breaks inside a long address too ("journal." | "pone."), but not in "e.g." nor before a digit.
    /// </summary>
    private static bool IsBreakAfter(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
        && (text[i] is '-' or '\u2010' or '\u2013' or '\u2014'
            || text[i] == '/' && text[i + 1] != '/' && TokenLength(text, i) >= LongToken
            || text[i] == '.' && char.IsLetter(text[i + 1]) && IsAddress(text, i));

    /// <summary>Characters of a token before a slash may break after it, as in the LaTeX writer.</summary>
    private const int LongToken = 8;

    private static int TokenLength(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return i - start;
    }

    /// <summary>A token that holds "://", "www." or a DOI's "10.": a URL or DOI, whose full stops are break points.</summary>
    private static bool IsAddress(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.Length >= LongToken && (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.") || token.StartsWith("doi:") || token.StartsWith("10."));
    }

    private void AddWord(string word, TextStyle style, string? link, int sourceLine)
    {
        if (word.Length == 0) return;
        var space = shaper.Shape(" ", style).Width;
        _atoms.Add(new TextAtom(shaper.Shape(word, style), link, Join.Glue, space, sourceLine));
    }

    private void MarkSpace(TextStyle style, Join join)
    {
        if (_atoms.Count == 0 || _atoms[^1].Join == Join.HardBreak) return;
        // A tie never turns back into a breakable space when collapsed spaces follow it.
        if (_atoms[^1].Join is Join.Tie or Join.WeakTie) return;
        _atoms[^1] = _atoms[^1] with { Join = join, SpaceWidth = shaper.Shape(" ", style).Width };
    }

    private void SetLastJoin(Join join)
    {
        if (_atoms.Count > 0) _atoms[^1] = _atoms[^1] with { Join = join };
    }

    /// <summary>Turns the spaces that <see cref="Ties"/> binds into ties; tokens are the texts between spaces.</summary>
    private void ApplyTies()
    {
        _tied = true;
        var tokens = new List<(int LastAtom, string Text)>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < _atoms.Count; i++)
        {
            text.Append(_atoms[i].Shaped.Text);
            if (_atoms[i].Join is Join.Space or Join.Tie or Join.WeakTie or Join.HardBreak || i == _atoms.Count - 1)
            {
                tokens.Add((i, text.ToString()));
                text.Clear();
            }
        }
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var atom = tokens[t].LastAtom;
            if (_atoms[atom].Join != Join.Space) continue;
            if (Ties.Binds(tokens[t].Text, tokens[t + 1].Text, t + 2 < tokens.Count ? tokens[t + 2].Text : null))
                _atoms[atom] = _atoms[atom] with { Join = Ties.IsWeak(tokens[t].Text, tokens[t + 1].Text) ? Join.WeakTie : Join.Tie };
        }
    }
}
