using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// How a table's width is shared among its columns, from the table's own widths and the cells' measured text. The
/// PDF and the DOCX writers both use it, so a table has the same proportions in both.
/// </summary>
internal static class ColumnWidthRule
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
            : AutoColumnWidths.Choose(cells.Select(r => (IReadOnlyList<IReadOnlyList<TextAtom>>)r).ToList(), width);
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
