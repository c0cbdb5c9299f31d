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

    /// <summary>A hyphen breaks only inside a word: "low-back" yes, "-5" or "a - b" no.</summary>
    private static bool IsBreakAfter(string text, int i) =>
        text[i] is '-' or '\u2010' or '\u2013'
        && i > 0 && !char.IsWhiteSpace(text[i - 1])
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

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
