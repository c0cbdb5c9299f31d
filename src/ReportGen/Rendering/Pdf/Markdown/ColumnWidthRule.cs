using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// How a table's width is shared among its columns, from the container's <c>widths</c> attribute and the cells'
/// measured text. The PDF and the DOCX writers both use it, so a table has the same proportions in both.
/// </summary>
public static class ColumnWidthRule
{
    public const string BadWidthsCode = "RG405";

    /// <summary>
    /// One fraction of <paramref name="width"/> per column (they sum to 1). <paramref name="cells"/> holds every row's
    /// cells, each as its measured atoms; a malformed <paramref name="widthsAttribute"/> is a warning at <paramref name="line"/>.
    /// </summary>
    public static IReadOnlyList<double> Fractions(List<List<IReadOnlyList<TextAtom>>> cells, string? widthsAttribute, double width,
        DiagnosticBag diagnostics, string sourceName, int line)
    {
        var columns = cells.Count == 0 ? 0 : cells[0].Count;
        return RelativeWidths(widthsAttribute, columns, diagnostics, sourceName, line) is { } preferred
            ? AtLeastLongestWords(preferred, cells, width)
            : ContentWidths(cells, width);
    }

    private static IReadOnlyList<double>? RelativeWidths(string? attribute, int columns, DiagnosticBag diagnostics, string sourceName, int line)
    {
        if (string.IsNullOrWhiteSpace(attribute)) return null;
        var parts = attribute.Split(',', StringSplitOptions.TrimEntries);
        var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : -1).ToList();
        if (values.Count != columns || values.Any(v => v <= 0))
        {
            diagnostics.Warning(sourceName, line, 1, BadWidthsCode,
                $"widths=\"{attribute}\" should hold {columns} positive numbers, one per column; the widths are taken from the content instead",
                $"Write one relative width per column, for example widths=\"{string.Join(',', Enumerable.Repeat(1, columns))}\".");
            return null;
        }
        var sum = values.Sum();
        return values.Select(v => v / sum).ToList();
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
