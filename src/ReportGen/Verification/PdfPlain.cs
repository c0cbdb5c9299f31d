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
            for (var l = 0; l < lines.Count; l++)
            {
                var place = new TextPlace(l + 1, 1, -1, $"page {page.Number}, line {l + 1}");
                var words = lines[l];
                var line = string.Join(" ", words.Select(w => w.Text));
                var joinsNext = l + 1 < lines.Count && EndsInBreakHyphen(line, lines[l + 1]);
                text.Append(joinsNext ? line[..^1] : line + " ", place);
            }
            text.EndParagraph();
        }
        text.Pages = pages;
        return text;
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
