using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating.Claims;
using UglyToad.PdfPig.Content;

namespace ReportGen.Verification;

/// <summary>
/// Figure 1's counts in a PDF manuscript, where the figure is drawn as text: the figure is found on its page by where
/// its lines' first words stand (the offset most of them agree on), then each count is read at the place the layout
/// gives its line and compared with the data. A figure that cannot be found (replaced by a picture, drawn at another
/// scale) is not checked, rather than reported.
/// </summary>
internal static partial class FigureChecks
{
    /// <summary>Points a word may stand from the place the layout gives it.</summary>
    private const double Tolerance = 2.5;

    public static void Check(PlainText input, PrismaFigure figure, IReadOnlyList<FigureClaim> claims, List<Diagnostic> findings)
    {
        if (input.Pages is not { } pages || claims.Count == 0) return;
        var anchors = figure.Boxes.Where(b => b.Kind != PrismaBoxKind.Band).SelectMany(b => b.Lines)
            .Select(l => (Line: l, First: l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()))
            .Where(a => a.First is not null).ToList();
        if (Place(pages, anchors) is not var (page, dx, dy)) return;
        foreach (var claim in claims)
        {
            if (LineOf(figure, claim) is not var (line, number)) continue;
            var baseline = dy - line.Baseline;
            var left = line.Left + dx;
            var words = page.Lines.SelectMany((words, index) => words.Select(w => (Word: w, Line: index)))
                .Where(w => Math.Abs(Baseline(w.Word) - baseline) <= Tolerance &&
                            w.Word.BoundingBox.Left >= left - Tolerance && w.Word.BoundingBox.Right <= left + line.Width + Tolerance)
                .OrderBy(w => w.Word.BoundingBox.Left).ToList();
            var drawn = string.Join(" ", words.Select(w => w.Word.Text));
            // Another line than the layout's stands there: the figure was changed by hand beyond its numbers.
            if (Shape(drawn) != Shape(line.Text)) continue;
            var found = Digits().Matches(drawn)[number];
            if (found.Value == claim.Claim.Text) continue;
            var at = words.First(w => w.Word.Text.Contains(found.Value, StringComparison.Ordinal)).Line;
            findings.Add(new Diagnostic(input.File, 0, 0, Severity.Error, VerifyCodes.FigureDiffersFromData,
                $"Figure 1 gives \"{Quoted(figure, claim, line, drawn)}\" — {claim.Claim.Explain()}",
                "Put in the figure of a build of the current data (out/prisma.svg or prisma.pdf), or correct the data and build again.")
            {
                Place = $"page {page.Number}, line {at + 1}",
            });
        }
    }

    /// <summary>The page the figure is drawn on and its offset there: the one most lines' first words agree on.</summary>
    private static (PdfPageText Page, double Dx, double Dy)? Place(IReadOnlyList<PdfPageText> pages, List<(FigureLine Line, string? First)> anchors)
    {
        (PdfPageText Page, double Dx, double Dy, int Votes)? best = null;
        foreach (var page in pages)
        {
            var words = page.Lines.SelectMany(l => l).ToLookup(w => w.Text, StringComparer.Ordinal);
            var votes = anchors.SelectMany(a => words[a.First!].Select(w => (Dx: Math.Round(w.BoundingBox.Left - a.Line.Left), Dy: Math.Round(Baseline(w) + a.Line.Baseline))))
                .GroupBy(v => v).Select(g => (g.Key.Dx, g.Key.Dy, Votes: g.Count())).OrderByDescending(g => g.Votes).ThenBy(g => g.Dx).ThenBy(g => g.Dy)
                .FirstOrDefault();
            if (votes.Votes > (best?.Votes ?? 0)) best = (page, votes.Dx, votes.Dy, votes.Votes);
        }
        // Most of the figure's lines must be found where the offset puts them, or it is not this figure.
        return best is { } found && found.Votes * 2 >= anchors.Count ? (found.Page, found.Dx, found.Dy) : null;
    }

    /// <summary>The drawn line that holds the claim's count, and the count's place among that line's numbers.</summary>
    private static (FigureLine Line, int Number)? LineOf(PrismaFigure figure, FigureClaim claim)
    {
        if (figure.Box(claim.Box) is not { Kind: not PrismaBoxKind.Band } box) return null;
        var before = 0;
        foreach (var line in box.Lines)
        {
            var count = Digits().Count(line.Text);
            if (claim.Number < before + count) return (line, claim.Number - before);
            before += count;
        }
        return null;
    }

    /// <summary>The drawn line, after the line before it when the count stands on a line without words ("Databases (n = 1031)").</summary>
    private static string Quoted(PrismaFigure figure, FigureClaim claim, FigureLine line, string drawn)
    {
        var lines = figure.Box(claim.Box)!.Lines;
        var index = lines.ToList().IndexOf(line);
        var wordless = !drawn.Split(' ').Any(w => w.Count(char.IsLetter) >= 2);
        return index > 0 && wordless ? lines[index - 1].Text + " " + drawn : drawn;
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static string Shape(string text) => Digits().Replace(Regex.Replace(text.Trim(), @"\s+", " "), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
