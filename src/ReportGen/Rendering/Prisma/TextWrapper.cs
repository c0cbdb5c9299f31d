using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Greedy word wrapping by measured width. A parenthesised group such as "(n = 74)" stays on one line when it fits
/// one, so a count is never split from its "n ="; a word wider than the line is broken between characters.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, ITextMeasurer measurer, double fontSize, FontStyle style)
    {
        double Width(string s) => measurer.Width(s, fontSize, style);
        var lines = new List<string>();
        var current = "";
        foreach (var unit in Units(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), maxWidth, Width))
        {
            var candidate = current.Length == 0 ? unit : $"{current} {unit}";
            if (Width(candidate) <= maxWidth)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0) lines.Add(current);
            current = unit;
            while (current.Length > 1 && Width(current) > maxWidth)
            {
                var fit = 1;
                while (fit < current.Length && Width(current[..(fit + 1)]) <= maxWidth) fit++;
                if (char.IsHighSurrogate(current[fit - 1]) && fit < current.Length) fit++;
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    /// <summary>Words, with each parenthesised group that fits a line joined into one unit.</summary>
    private static IEnumerable<string> Units(string[] words, double maxWidth, Func<string, double> width)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith('(') && !words[i].EndsWith(')'))
            {
                var close = Array.FindIndex(words, i + 1, w => w.EndsWith(')'));
                if (close > i)
                {
                    var group = string.Join(' ', words[i..(close + 1)]);
                    if (width(group) <= maxWidth)
                    {
                        yield return group;
                        i = close;
                        continue;
                    }
                }
            }
            yield return words[i];
        }
    }
}
