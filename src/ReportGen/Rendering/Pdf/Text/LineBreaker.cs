namespace ReportGen.Rendering.Pdf.Text;

/// <summary>One line of a paragraph; <see cref="IsLast"/> lines (paragraph end, forced break) are never stretched.</summary>
public sealed record TextLine(IReadOnlyList<TextAtom> Atoms, double NaturalWidth, bool IsLast);

/// <summary>
/// Greedy line breaking over atoms. A word wider than the whole line is cut between characters, so that
/// nothing (a long URL, a gene name) ever runs past the margin.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextAtom> atoms, double width, ITextShaper shaper)
    {
        var lines = new List<TextLine>();
        var current = new List<TextAtom>();
        foreach (var word in Words(atoms))
        {
            var wordWidth = word.Sum(a => a.Width);
            if (wordWidth > width + Layout.SpacePlan.Tolerance)
            {
                AddCutWord(word, width, shaper, lines, current);
            }
            else
            {
                if (current.Count > 0 && LineWidth(current) + Gap(current[^1]) + wordWidth > width + Layout.SpacePlan.Tolerance)
                    Flush(lines, current, isLast: false);
                current.AddRange(word);
            }
            if (current.Count > 0 && current[^1].Join == Join.HardBreak)
                Flush(lines, current, isLast: true);
        }
        if (current.Count > 0) Flush(lines, current, isLast: true);
        return lines;
    }

    public static double LineWidth(IReadOnlyList<TextAtom> atoms)
    {
        var width = 0.0;
        for (var i = 0; i < atoms.Count; i++)
            width += atoms[i].Width + (i < atoms.Count - 1 ? Gap(atoms[i]) : 0);
        return width;
    }

    private static double Gap(TextAtom atom) => atom.Join == Join.Space ? atom.SpaceWidth : 0;

    private static IEnumerable<List<TextAtom>> Words(IReadOnlyList<TextAtom> atoms)
    {
        var word = new List<TextAtom>();
        foreach (var atom in atoms)
        {
            word.Add(atom);
            if (atom.Join == Join.Glue) continue;
            yield return word;
            word = [];
        }
        if (word.Count > 0) yield return word;
    }

    private static void AddCutWord(List<TextAtom> word, double width, ITextShaper shaper, List<TextLine> lines, List<TextAtom> current)
    {
        foreach (var atom in word)
        {
            var rest = atom.Shaped.Text;
            while (rest.Length > 0)
            {
                var room = width - LineWidth(current) - (current.Count > 0 ? Gap(current[^1]) : 0);
                var cut = LongestPrefixThatFits(rest, atom.Shaped.Style, room, shaper);
                if (cut == 0 && current.Count > 0)
                {
                    Flush(lines, current, isLast: false);
                    continue;
                }
                cut = Math.Max(cut, NextRuneLength(rest, 0));
                var piece = rest[..cut];
                rest = rest[cut..];
                var join = rest.Length > 0 ? Join.Glue : atom.Join;
                current.Add(atom with { Shaped = shaper.Shape(piece, atom.Shaped.Style), Join = join });
                if (rest.Length > 0) Flush(lines, current, isLast: false);
            }
        }
    }

    private static int LongestPrefixThatFits(string text, TextStyle style, double room, ITextShaper shaper)
    {
        var fits = 0;
        for (var end = NextRuneLength(text, 0); end <= text.Length; end += NextRuneLength(text, end))
        {
            if (shaper.Shape(text[..end], style).Width > room + Layout.SpacePlan.Tolerance) break;
            fits = end;
            if (end == text.Length) break;
        }
        return fits;
    }

    private static int NextRuneLength(string text, int index) =>
        index < text.Length && char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;

    private static void Flush(List<TextLine> lines, List<TextAtom> current, bool isLast)
    {
        lines.Add(new TextLine(current.ToList(), LineWidth(current), isLast));
        current.Clear();
    }
}
