using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// Column widths for a table that gives none: every column starts at its longest unbreakable word (a tied
/// group such as "Coombs et al." counts as one), and the rest of the width goes, a slice at a time, to the
/// column where it saves the most height, the height being the sum over rows of each row's tallest cell.
/// </summary>
internal static class AutoColumnWidths
{
    private const int Slices = 60;
    /// <summary>Rows sampled to estimate the height: enough for the widths to settle, few enough for a 10,000-row table.</summary>
    private const int SampleRows = 240;
    /// <summary>A column no narrower than this many ems, so short columns still read as columns.</summary>
    private const double MinimumEms = 3;
    /// <summary>The longest word a column must hold whole is capped at this share of the width, as a URL would claim all of it.</summary>
    private const double LongestWordShare = 0.3;

    /// <summary>Fractions of <paramref name="width"/>, one per column, summing to 1.</summary>
    public static IReadOnlyList<double> Choose(IReadOnlyList<IReadOnlyList<IReadOnlyList<TextAtom>>> rows, double width)
    {
        var columns = rows.Count == 0 ? 0 : rows[0].Count;
        if (columns == 0) return [];
        var padding = 2 * TableRowElement.PaddingX;
        var sample = Sample(rows);
        var cells = sample.Select(r => r.Select(Segments).ToArray()).ToArray();
        var min = new double[columns];
        var max = new double[columns];
        var lineHeight = new double[columns];
        foreach (var row in sample)
            for (var c = 0; c < columns; c++)
            {
                var atoms = row[c];
                var em = atoms.Count > 0 ? atoms[0].Shaped.Style.FontSize : 8;
                min[c] = Math.Max(min[c], Math.Min(width * LongestWordShare, Math.Max(LongestRun(atoms), MinimumEms * em)) + padding);
                max[c] = Math.Max(max[c], LineBreaker.LineWidth(atoms) + padding);
                lineHeight[c] = Math.Max(lineHeight[c], atoms.Count > 0 ? atoms[0].Shaped.Style.LineHeight : 0);
            }
        for (var c = 0; c < columns; c++) max[c] = Math.Max(max[c], min[c]);

        double[] widths;
        if (max.Sum() <= width)
            widths = max.Select(m => m + (width - max.Sum()) * m / Math.Max(max.Sum(), 1)).ToArray();
        else if (min.Sum() >= width)
            widths = min.Select(m => width * m / min.Sum()).ToArray();
        else
            widths = Fill(cells, min, max, lineHeight, width, padding);
        var total = widths.Sum();
        return widths.Select(w => total > 0 ? w / total : 1.0 / columns).ToList();
    }

    private static double[] Fill(List<double>[][] cells, double[] min, double[] max, double[] lineHeight, double width, double padding)
    {
        var columns = min.Length;
        var widths = (double[])min.Clone();
        var lines = new int[cells.Length, columns];
        for (var r = 0; r < cells.Length; r++)
            for (var c = 0; c < columns; c++)
                lines[r, c] = LineCount(cells[r][c], widths[c] - padding);
        var slice = (width - min.Sum()) / Slices;
        for (var s = 0; s < Slices; s++)
        {
            var bestColumn = -1;
            var bestSaving = 0.0;
            for (var c = 0; c < columns; c++)
            {
                if (widths[c] >= max[c]) continue;
                var saving = 0.0;
                for (var r = 0; r < cells.Length; r++)
                {
                    var now = RowHeight(lines, r, lineHeight, -1, 0);
                    var wider = RowHeight(lines, r, lineHeight, c, LineCount(cells[r][c], widths[c] + slice - padding));
                    saving += now - wider;
                }
                if (saving > bestSaving + 1e-9) { bestSaving = saving; bestColumn = c; }
            }
            // No slice saves a line: share what is left by how much more each column would like, as HTML does.
            if (bestColumn < 0)
            {
                var rest = width - widths.Sum();
                var want = Enumerable.Range(0, columns).Sum(c => Math.Max(0, max[c] - widths[c]));
                for (var c = 0; c < columns; c++)
                    widths[c] += want > 0 ? rest * Math.Max(0, max[c] - widths[c]) / want : rest / columns;
                return widths;
            }
            widths[bestColumn] += slice;
            for (var r = 0; r < cells.Length; r++)
                lines[r, bestColumn] = LineCount(cells[r][bestColumn], widths[bestColumn] - padding);
        }
        return widths;
    }

    private static double RowHeight(int[,] lines, int row, double[] lineHeight, int changed, int changedLines)
    {
        var height = 0.0;
        for (var c = 0; c < lineHeight.Length; c++)
            height = Math.Max(height, (c == changed ? changedLines : lines[row, c]) * lineHeight[c]);
        return height;
    }

    /// <summary>The rows <see cref="Choose"/> measures (all of a short table, a spread of a long one), so that a writer
    /// that only wants the widths need not cut every row of a long table into atoms first.</summary>
    internal static IReadOnlyList<T> Sample<T>(IReadOnlyList<T> rows)
    {
        if (rows.Count <= SampleRows) return rows;
        return Enumerable.Range(0, SampleRows).Select(i => rows[(int)((long)i * rows.Count / SampleRows)]).ToList();
    }

    /// <summary>The cell as widths of unbreakable runs, each followed by the width of the space after it (negative: no space).</summary>
    private static List<double> Segments(IReadOnlyList<TextAtom> atoms)
    {
        var segments = new List<double>();
        var run = 0.0;
        for (var i = 0; i < atoms.Count; i++)
        {
            run += atoms[i].Width;
            switch (atoms[i].Join)
            {
                case Join.Space:
                    segments.Add(run); segments.Add(atoms[i].SpaceWidth); run = 0; break;
                case Join.BreakAfter:
                    segments.Add(run); segments.Add(0); run = 0; break;
                case Join.HardBreak:
                    segments.Add(run); segments.Add(double.NaN); run = 0; break;
                case Join.Tie or Join.WeakTie:
                    run += atoms[i].SpaceWidth; break;
            }
        }
        segments.Add(run); segments.Add(0);
        return segments;
    }

    private static double LongestRun(IReadOnlyList<TextAtom> atoms)
    {
        var segments = Segments(atoms);
        var longest = 0.0;
        for (var i = 0; i < segments.Count; i += 2) longest = Math.Max(longest, segments[i]);
        return longest;
    }

    /// <summary>Lines the cell takes at this width when filled first-fit: an estimate, but one that moves with the width as the real breaks do.</summary>
    private static int LineCount(List<double> segments, double width)
    {
        var lines = 1;
        var used = 0.0;
        var pendingGap = 0.0;
        for (var i = 0; i < segments.Count; i += 2)
        {
            var run = segments[i];
            if (used > 0 && used + pendingGap + run > width + 0.01) { lines++; used = 0; }
            else if (used > 0) used += pendingGap;
            if (run > width) lines += (int)Math.Floor(run / Math.Max(width, 1));
            used += run;
            pendingGap = segments[i + 1];
            if (double.IsNaN(pendingGap)) { lines++; used = 0; pendingGap = 0; }
        }
        return lines;
    }
}
