using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Verification;

/// <summary>
/// The plain text of a PDF manuscript, read with PdfPig: each page's words grouped into lines by their baseline, top to
/// bottom, each line found as "page 3, line 12". A word broken by a hyphen at the end of a line is joined again.
/// </summary>
internal static class PdfPlain
{
    /// <summary>Words whose baselines are this close (in points) are on one line.</summary>
    private const double SameLine = 2.5;

    public static PlainText Read(string file, Stream pdf)
    {
        var text = new PlainText(file);
        using var document = PdfDocument.Open(pdf);
        var pages = new List<PdfPageText>();
        foreach (var page in document.GetPages())
        {
            var lines = Lines(page.GetWords());
            pages.Add(new PdfPageText(page.Number, lines));
            var tables = PdfTable.Find(lines);
            for (var l = 0; l < lines.Count; l++)
            {
                if (tables.FirstOrDefault(t => t.First == l) is { } table)
                {
                    AppendTable(text, page.Number, lines, table);
                    l = table.Last;
                    continue;
                }
                var words = lines[l];
                var line = string.Join(" ", words.Select(w => w.Text));
                var joinsNext = l + 1 < lines.Count && EndsInBreakHyphen(line, lines[l + 1]);
                text.Append(joinsNext ? line[..^1] : line + " ", Place(page.Number, l));
            }
            text.EndParagraph();
        }
        text.Pages = pages;
        return text;
    }

    private static TextPlace Place(int page, int line) => new(line + 1, 1, -1, $"page {page}, line {line + 1}");

    /// <summary>
    /// A table row by row, each row cell by cell, each cell's lines in order, as the Markdown table the text was made
    /// from reads: a citation a cell wraps onto two lines stays whole, and no cell's words run into its neighbour's.
    /// </summary>
    private static void AppendTable(PlainText text, int page, List<List<Word>> lines, PdfTable table)
    {
        text.EndParagraph();
        foreach (var (first, last) in table.Rows(lines))
        {
            for (var column = 0; column <= table.Gutters.Count; column++)
            {
                var cell = Enumerable.Range(first, last - first + 1)
                    .Select(l => (Line: l, Words: lines[l].Where(w => table.ColumnOf(w) == column).ToList()))
                    .Where(c => c.Words.Count > 0).ToList();
                for (var i = 0; i < cell.Count; i++)
                {
                    var line = string.Join(" ", cell[i].Words.Select(w => w.Text));
                    var joinsNext = i + 1 < cell.Count && EndsInBreakHyphen(line, cell[i + 1].Words);
                    text.Append(joinsNext ? line[..^1] : line + " ", Place(page, cell[i].Line));
                }
                if (cell.Count > 0) text.Append("| ", Place(page, cell[^1].Line));
            }
            text.EndParagraph();
        }
    }

    private static List<List<Word>> Lines(IEnumerable<Word> words)
    {
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.FindIndex(l => Math.Abs(l.Baseline - word.BoundingBox.Bottom) <= SameLine);
            if (line < 0) lines.Add((word.BoundingBox.Bottom, [word]));
            else lines[line].Words.Add(word);
        }
        return lines.OrderByDescending(l => l.Baseline).Select(l => l.Words.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
    }

    private static bool EndsInBreakHyphen(string line, List<Word> next) =>
        line.Length > 1 && line[^1] is '-' or '\u2010' && char.IsLetter(line[^2]) &&
        next.Count > 0 && next[0].Text.Length > 0 && char.IsLower(next[0].Text[0]);
}
