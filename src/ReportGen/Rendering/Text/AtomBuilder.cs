using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Text;

/// <summary>
/// Cuts running text into atoms at spaces (collapsed, as in HTML) and after hyphens and dashes, so that
/// line breaking only has to choose among atoms. Text arrives in pieces (Markdig splits a literal at every
/// escaped character, and data text is always escaped), so pieces of one style are gathered and cut as one:
/// "post" "-" "educational" is one word with a break point after its hyphen.
/// </summary>
internal sealed class AtomBuilder(ITextShaper shaper)
{
    /// <summary>
    /// An atom while its join may still change (a space, a break or a tie after it): kept as a value, so that each word
    /// becomes one <see cref="TextAtom"/> only when the atoms are read, rather than one record more for every change.
    /// </summary>
    private struct Draft(ShapedText shaped, string? link, double spaceWidth, int sourceLine)
    {
        public readonly ShapedText Shaped = shaped;
        public readonly string? Link = link;
        public Join Join = Join.Glue;
        public double SpaceWidth = spaceWidth;
        public readonly int SourceLine = sourceLine;
    }

    // The atoms while they may change, in a buffer rented from the shared pool (a long table makes a builder per cell)
    // and returned once they are read; they are thawed back out of the read atoms if more text comes after.
    private Draft[] _drafts = [];
    private int _draftCount;
    private TextAtom[]? _atoms;
    // Text of one style not yet cut into atoms (it arrives in pieces), in a buffer that grows to the longest run of it.
    private char[] _pending = [];
    private int _pendingLength;
    private TextStyle _pendingStyle;
    private string? _pendingLink;
    private int _pendingLine;
    private bool _tied;
    // The width of a space in the last style asked for: every word needs it, and a paragraph rarely changes style.
    private TextStyle _spaceStyle;
    private double _spaceWidth = double.NaN;

    public IReadOnlyList<TextAtom> Atoms
    {
        get
        {
            Flush();
            if (!_tied) ApplyTies();
            if (_atoms is null)
            {
                _atoms = new TextAtom[_draftCount];
                for (var i = 0; i < _draftCount; i++)
                {
                    var d = _drafts[i];
                    _atoms[i] = new TextAtom(d.Shaped, d.Link, d.Join, d.SpaceWidth, d.SourceLine);
                }
                ReturnDrafts();
            }
            return _atoms;
        }
    }

    private Span<Draft> Drafts
    {
        get
        {
            Thaw();
            return _drafts.AsSpan(0, _draftCount);
        }
    }

    /// <summary>Makes the atoms read so far drafts again, before anything changes them.</summary>
    private void Thaw()
    {
        if (_atoms is not { } atoms) return;
        _atoms = null;
        if (atoms.Length == 0) return;
        Reserve(atoms.Length);
        foreach (var atom in atoms)
            _drafts[_draftCount++] = new Draft(atom.Shaped, atom.Link, atom.SpaceWidth, atom.SourceLine) { Join = atom.Join };
    }

    private void Reserve(int count)
    {
        if (_draftCount + count <= _drafts.Length) return;
        var larger = System.Buffers.ArrayPool<Draft>.Shared.Rent(Math.Max(_draftCount + count, Math.Max(16, _drafts.Length * 2)));
        _drafts.AsSpan(0, _draftCount).CopyTo(larger);
        var old = _draftCount;
        ReturnDrafts();
        _drafts = larger;
        _draftCount = old;
    }

    private void ReturnDrafts()
    {
        if (_drafts.Length > 0) System.Buffers.ArrayPool<Draft>.Shared.Return(_drafts, clearArray: true);
        _drafts = [];
        _draftCount = 0;
    }

    public void Append(string text, TextStyle style, string? link, int sourceLine) => Append(text.AsSpan(), style, link, sourceLine);

    public void Append(ReadOnlySpan<char> text, TextStyle style, string? link, int sourceLine)
    {
        if (_pendingLength > 0 && (style != _pendingStyle || link != _pendingLink)) Flush();
        if (_pendingLength == 0)
        {
            _pendingStyle = style;
            _pendingLink = link;
            _pendingLine = sourceLine;
        }
        if (_pendingLength + text.Length > _pending.Length)
        {
            var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_pendingLength + text.Length, Math.Max(256, _pending.Length * 2)));
            _pending.AsSpan(0, _pendingLength).CopyTo(larger);
            if (_pending.Length > 0) System.Buffers.ArrayPool<char>.Shared.Return(_pending);
            _pending = larger;
        }
        text.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += text.Length;
        _tied = false;
        Thaw();
    }

    public void HardBreak()
    {
        Flush();
        SetLastJoin(Join.HardBreak);
    }

    private void Flush()
    {
        if (_pendingLength == 0) return;
        var length = _pendingLength;
        _pendingLength = 0;
        Cut(_pending.AsSpan(0, length), _pendingStyle, _pendingLink, _pendingLine);
        System.Buffers.ArrayPool<char>.Shared.Return(_pending);
        _pending = [];
    }

    private void Cut(ReadOnlySpan<char> text, TextStyle style, string? link, int sourceLine)
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
    private static bool IsBreakAfter(ReadOnlySpan<char> text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
        && (text[i] is '-' or '\u2010' or '\u2013' or '\u2014'
            || text[i] == '/' && text[i + 1] != '/' && TokenLength(text, i) >= LongToken
            || text[i] == '.' && char.IsLetter(text[i + 1]) && IsAddress(text, i));

    /// <summary>Characters of a token before a slash may break after it, as in the LaTeX writer.</summary>
    private const int LongToken = 8;

    private static int TokenLength(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return i - start;
    }

    /// <summary>A token that holds "://", "www." or a DOI's "10.": a URL or DOI, whose full stops are break points.</summary>
    private static bool IsAddress(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text[start..end];
        return token.Length >= LongToken && (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.") || token.StartsWith("doi:") || token.StartsWith("10."));
    }

    private void AddWord(ReadOnlySpan<char> word, TextStyle style, string? link, int sourceLine)
    {
        if (word.Length == 0) return;
        var shaped = shaper.Shape(word, style);
        Thaw();
        Reserve(1);
        _drafts[_draftCount++] = new Draft(shaped, link, SpaceWidth(style), sourceLine);
    }

    private double SpaceWidth(TextStyle style)
    {
        if (double.IsNaN(_spaceWidth) || style != _spaceStyle)
        {
            _spaceStyle = style;
            _spaceWidth = shaper.Shape(" ", style).Width;
        }
        return _spaceWidth;
    }

    private void MarkSpace(TextStyle style, Join join)
    {
        var drafts = Drafts;
        if (drafts.Length == 0) return;
        ref var last = ref drafts[^1];
        if (last.Join == Join.HardBreak) return;
        // A tie never turns back into a breakable space when collapsed spaces follow it.
        if (last.Join is Join.Tie or Join.WeakTie) return;
        last.Join = join;
        last.SpaceWidth = SpaceWidth(style);
    }

    private void SetLastJoin(Join join)
    {
        var drafts = Drafts;
        if (drafts.Length > 0) drafts[^1].Join = join;
    }

    /// <summary>Turns the spaces that <see cref="Ties"/> binds into ties; tokens are the texts between spaces.</summary>
    private void ApplyTies()
    {
        _tied = true;
        Span<Draft> drafts = Drafts;
        // Tokens are read as the window of three moves along: a tie only turns a space into another space-like join,
        // so the tokens are the same as if all were found first.
        var position = 0;
        if (!NextToken(drafts, ref position, out var left)) return;
        var hasRight = NextToken(drafts, ref position, out var right);
        var after = new Token(0, "");
        var hasAfter = hasRight && NextToken(drafts, ref position, out after);
        while (hasRight)
        {
            if (drafts[left.LastAtom].Join == Join.Space && Ties.Binds(left.Text, right.Text, hasAfter ? after.Text : null))
                drafts[left.LastAtom].Join = Ties.IsWeak(left.Text, right.Text) ? Join.WeakTie : Join.Tie;
            left = right;
            right = after;
            hasRight = hasAfter;
            hasAfter = hasRight && NextToken(drafts, ref position, out after);
        }
    }

    private readonly record struct Token(int LastAtom, string Text);

    /// <summary>The next token from <paramref name="position"/>: its last atom, and its text (one atom's own text, unless the word changes style).</summary>
    private static bool NextToken(ReadOnlySpan<Draft> drafts, ref int position, out Token token)
    {
        var first = position;
        for (var i = first; i < drafts.Length; i++)
        {
            if (drafts[i].Join is not (Join.Space or Join.Tie or Join.WeakTie or Join.HardBreak) && i != drafts.Length - 1) continue;
            position = i + 1;
            if (i == first)
            {
                token = new Token(i, drafts[i].Shaped.Text);
                return true;
            }
            var text = new System.Text.StringBuilder();
            for (var k = first; k <= i; k++) text.Append(drafts[k].Shaped.Text);
            token = new Token(i, text.ToString());
            return true;
        }
        token = new Token(0, "");
        return false;
    }
}
