using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// How a table's width is shared among its columns, from the table's own widths and the cells' measured text. The
/// PDF and the DOCX writers both use it, so a table has the same proportions in both.
/// </summary>
public static class ColumnWidthRule
{
    /// <summary>
    /// One share of <paramref name="width"/> per column (they sum to 1). <paramref name="cells"/> holds every row's cells,
    /// each as its measured atoms; <paramref name="shares"/> are the table's own widths (checked by DocumentReader), or null.
    /// </summary>
    public static IReadOnlyList<double> Fractions(List<List<IReadOnlyList<TextAtom>>> cells, IReadOnlyList<double>? shares, double width)
    {
        var columns = cells.Count == 0 ? 0 : cells[0].Count;
        return shares is { } preferred && preferred.Count == columns
            ? AtLeastLongestWords(preferred, cells, width)
            : ContentWidths(cells, width);
    }

    /// <summary>
    /// Widths from content, as HTML tables do: every column gets at least its longest word (so words are
    /// rarely cut) and the space left is shared in proportion to how much more each column would like.
    /// </summary>
    private static IReadOnlyList<double> ContentWidths(List<List<IReadOnlyList<TextAtom>>> cells, double width)
    {
        var (min, max) = MinMaxWidths(cells, width);
        var columns = min.Length;
        double[] widths;
        if (max.Sum() <= width)
            widths = max.Select(m => m + (width - max.Sum()) * m / Math.Max(max.Sum(), 1)).ToArray();
        else if (min.Sum() >= width)
            widths = min.Select(m => width * m / min.Sum()).ToArray();
        else
        {
            var want = Enumerable.Range(0, columns).Sum(c => max[c] - min[c]);
            widths = Enumerable.Range(0, columns).Select(c => min[c] + (width - min.Sum()) * (max[c] - min[c]) / want).ToArray();
        }
        var total = widths.Sum();
        return widths.Select(w => total > 0 ? w / total : 1.0 / columns).ToList();
    }

    /// <summary>
    /// The template's widths, except that a column narrower than its longest word takes the missing space
    /// from the columns that have room to spare, so headers such as "Population" are not cut mid-word.
    /// </summary>
    private static IReadOnlyList<double> AtLeastLongestWords(IReadOnlyList<double> fractions, List<List<IReadOnlyList<TextAtom>>> cells, double width)
    {
        var (min, _) = MinMaxWidths(cells, width);
        var widths = fractions.Select(f => f * width).ToArray();
        var missing = Enumerable.Range(0, widths.Length).Sum(c => Math.Max(0, min[c] - widths[c]));
        var spare = Enumerable.Range(0, widths.Length).Sum(c => Math.Max(0, widths[c] - min[c]));
        if (missing <= 0 || spare < missing) return fractions;
        for (var c = 0; c < widths.Length; c++)
            widths[c] = widths[c] < min[c] ? min[c] : widths[c] - (widths[c] - min[c]) * missing / spare;
        return widths.Select(w => w / width).ToList();
    }

    /// <summary>Per column: the longest word (capped at 30% of the line) and the whole longest line, padding included.</summary>
    private static (double[] Min, double[] Max) MinMaxWidths(List<List<IReadOnlyList<TextAtom>>> cells, double width)
    {
        var columns = cells.Count == 0 ? 0 : cells[0].Count;
        var padding = 2 * TableRowElement.PaddingX;
        var min = new double[columns];
        var max = new double[columns];
        foreach (var row in cells)
            for (var c = 0; c < columns; c++)
            {
                var atoms = row[c];
                min[c] = Math.Max(min[c], Math.Min(width * 0.3, (atoms.Count == 0 ? 0 : atoms.Max(a => a.Width)) + padding));
                max[c] = Math.Max(max[c], LineBreaker.LineWidth(atoms) + padding);
            }
        return (min, max);
    }
}
