using UglyToad.PdfPig.Content;

namespace ReportGen.Verification;

/// <summary>
/// A table on a PDF page, found by its gutters: runs of lines in which some vertical strips hold no word at all. A
/// paragraph's spaces never line up over several lines, a table's columns do. Its rows are told apart by the extra
/// space between them (a cell's padding), wider than the space between a cell's lines.
/// </summary>
internal sealed record PdfTable(int First, int Last, IReadOnlyList<double> Gutters)
{
    /// <summary>An empty strip at least this wide (points) between words is a gutter, wider than any word space.</summary>
    private const double MinGutter = 4;

    /// <summary>Fewer lines than this are not taken for a table: a few lines' spaces may line up by chance.</summary>
    private const int MinLines = 4;

    /// <summary>The tables of a page's lines (top to bottom), each the longest run whose gutters hold.</summary>
    public static List<PdfTable> Find(IReadOnlyList<IReadOnlyList<Word>> lines)
    {
        var tables = new List<PdfTable>();
        for (var first = 0; first < lines.Count;)
        {
            List<(double From, double To)> empty = Empty(lines[first]);
            // A table starts with a line of several cells (its header); a caption or heading above it has no gutter of its own.
            if (empty.Count < 4)
            {
                first++;
                continue;
            }
            double left = lines[first][0].BoundingBox.Left, right = lines[first][^1].BoundingBox.Right;
            var last = first;
            List<double> gutters = [];
            for (var next = first + 1; next < lines.Count; next++)
            {
                var narrowed = Intersect(empty, Empty(lines[next]));
                var l = Math.Min(left, lines[next][0].BoundingBox.Left);
                var r = Math.Max(right, lines[next][^1].BoundingBox.Right);
                var inner = Inner(narrowed, l, r);
                if (inner.Count < 2) break;
                (empty, left, right, last, gutters) = (narrowed, l, r, next, inner);
            }
            if (last - first + 1 >= MinLines)
            {
                tables.Add(new PdfTable(first, last, gutters));
                first = last + 1;
            }
            else
            {
                first++;
            }
        }
        return tables;
    }

    /// <summary>The table's rows, each a run of its lines, split where the space between lines is a row's, not a cell's.</summary>
    public List<(int First, int Last)> Rows(IReadOnlyList<IReadOnlyList<Word>> lines)
    {
        var gaps = Enumerable.Range(First, Last - First).Select(l => Baseline(lines[l]) - Baseline(lines[l + 1])).ToList();
        var lineGap = gaps.Order().ElementAt((gaps.Count - 1) / 2);
        var rows = new List<(int, int)>();
        var start = First;
        for (var l = First; l < Last; l++)
        {
            if (gaps[l - First] <= lineGap * 1.25) continue;
            rows.Add((start, l));
            start = l + 1;
        }
        rows.Add((start, Last));
        return rows;
    }

    /// <summary>The column a word stands in: the number of gutters left of its middle.</summary>
    public int ColumnOf(Word word)
    {
        var middle = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
        return Gutters.Count(g => g < middle);
    }

    private static double Baseline(IReadOnlyList<Word> line) =>
        line[0].Letters.Count > 0 ? line[0].Letters[0].StartBaseLine.Y : line[0].BoundingBox.Bottom;

    /// <summary>The strips between a line's words wide enough to be gutters, and everything left and right of it.</summary>
    private static List<(double From, double To)> Empty(IReadOnlyList<Word> line)
    {
        var empty = new List<(double, double)> { (double.MinValue, line[0].BoundingBox.Left) };
        for (var w = 1; w < line.Count; w++)
        {
            if (line[w].BoundingBox.Left - line[w - 1].BoundingBox.Right >= MinGutter)
                empty.Add((line[w - 1].BoundingBox.Right, line[w].BoundingBox.Left));
        }
        empty.Add((line[^1].BoundingBox.Right, double.MaxValue));
        return empty;
    }

    private static List<(double From, double To)> Intersect(List<(double From, double To)> a, List<(double From, double To)> b)
    {
        var both = new List<(double, double)>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var from = Math.Max(x.From, y.From);
                var to = Math.Min(x.To, y.To);
                if (to - from >= MinGutter) both.Add((from, to));
            }
        }
        return both;
    }

    /// <summary>The middles of the strips that lie between the leftmost and the rightmost word: the gutters.</summary>
    private static List<double> Inner(List<(double From, double To)> empty, double left, double right) =>
        empty.Where(e => e.From > left && e.To < right).Select(e => (e.From + e.To) / 2).ToList();
}
