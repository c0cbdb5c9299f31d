namespace ReportGen.Rendering.Pdf.Text;

/// <summary>
/// Cuts running text into atoms at spaces (collapsed, as in HTML) and after hyphens and dashes, so that
/// line breaking only has to choose among atoms.
/// </summary>
public sealed class AtomBuilder(ITextShaper shaper)
{
    private readonly List<TextAtom> _atoms = [];

    public IReadOnlyList<TextAtom> Atoms => _atoms;

    public void Append(string text, TextStyle style, string? link, int sourceLine)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            if (!atEnd && char.IsWhiteSpace(text[i]))
            {
                AddWord(text[start..i], style, link, sourceLine);
                MarkSpace(style);
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

    public void HardBreak() => SetLastJoin(Join.HardBreak);

    /// <summary>
    /// A hyphen breaks only inside a word: "low-back" yes, "-5" or "a - b" no. A slash breaks inside a long token
    /// such as a URL ("https://doi.org/" | "10.1371/" | …), not in "and/or" nor between the slashes of "://": an
    /// unbreakable address pushed whole to the next line left the line before it stretched with wide gaps.
    /// </summary>
    private static bool IsBreakAfter(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
        && (text[i] is '-' or '\u2010' or '\u2013' || text[i] == '/' && text[i + 1] != '/' && TokenLength(text, i) >= LongToken);

    /// <summary>Characters of a token before a slash may break after it, as in the LaTeX writer.</summary>
    private const int LongToken = 8;

    private static int TokenLength(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return i - start;
    }

    private void AddWord(string word, TextStyle style, string? link, int sourceLine)
    {
        if (word.Length == 0) return;
        var space = shaper.Shape(" ", style).Width;
        _atoms.Add(new TextAtom(shaper.Shape(word, style), link, Join.Glue, space, sourceLine));
    }

    private void MarkSpace(TextStyle style)
    {
        if (_atoms.Count == 0 || _atoms[^1].Join == Join.HardBreak) return;
        _atoms[^1] = _atoms[^1] with { Join = Join.Space, SpaceWidth = shaper.Shape(" ", style).Width };
    }

    private void SetLastJoin(Join join)
    {
        if (_atoms.Count > 0) _atoms[^1] = _atoms[^1] with { Join = join };
    }
}
