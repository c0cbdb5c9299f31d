using System.Globalization;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>Column widths as fractions of the line, from the shares the document model read from <c>widths</c>.</summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Fractions that sum to at most 1, rounded down to four places so the sum never exceeds the line. A table
    /// without widths of its own (or with a count that does not match) gives every column the same share.
    /// </summary>
    public static double[] Fractions(IReadOnlyList<double>? shares, int columnCount)
    {
        var relative = shares is { } given && given.Count == columnCount ? given : Enumerable.Repeat(1.0 / columnCount, columnCount).ToList();
        return relative.Select(w => Math.Floor(w * 10000) / 10000).ToArray();
    }

    /// <summary>A column <c>p</c> width: the fraction of the line minus the separation on both sides.</summary>
    public static string Latex(double fraction, int spannedColumns = 1)
    {
        // Each column is padded by \tabcolsep on both sides; a cell spanning k columns also owns the 2(k-1) paddings inside it.
        var separation = 2 * (spannedColumns - 1) - 2;
        var sign = separation < 0 ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture,
            $@"\dimexpr {fraction:0.0000}\linewidth{sign}{Math.Abs(separation)}\tabcolsep\relax");
    }
}
