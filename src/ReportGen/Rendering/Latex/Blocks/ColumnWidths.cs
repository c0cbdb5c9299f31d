using System.Globalization;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>Column widths as fractions of the line, from the <c>widths</c> attribute of a table container.</summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Fractions that sum to at most 1, rounded down to four places so the sum never exceeds the line.
    /// Without a usable attribute every column gets the same share; <paramref name="report"/> says why.
    /// </summary>
    public static double[] Fractions(string? attribute, int columnCount, Action<string> report)
    {
        var relative = Parse(attribute, columnCount, report) ?? Enumerable.Repeat(1.0, columnCount).ToArray();
        var sum = relative.Sum();
        return relative.Select(w => Math.Floor(w / sum * 10000) / 10000).ToArray();
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

    private static double[]? Parse(string? attribute, int columnCount, Action<string> report)
    {
        if (attribute is null) return null;
        var parts = attribute.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != columnCount)
        {
            report($"widths=\"{attribute}\" gives {parts.Length} widths but the table has {columnCount} columns");
            return null;
        }
        var widths = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out widths[i])
                || !double.IsFinite(widths[i]) || widths[i] <= 0)
            {
                report($"widths=\"{attribute}\": \"{parts[i]}\" is not a positive number");
                return null;
            }
        }
        return widths;
    }
}
