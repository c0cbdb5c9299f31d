using System.Text.RegularExpressions;
using ReportGen.Tests.Build;
using ReportGen.Tests.Reviews;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;


namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// The typography of the PDFs as a reader sees it, from the word boxes PdfPig reads back: word gaps of the
/// justified lines in ems, lines that end inside a tied unit, and words cut without a hyphen.
/// </summary>
public partial class TypographyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Reviews => new() { "shipped", "second" };

    private static BuiltReview Review(string name) => name == "shipped" ? BuiltReview.Shipped : ReviewTestFiles.Second;

    [Theory]
    [MemberData(nameof(Reviews))]
    public void Manuscript_JustifiedLines_HaveEvenWordGaps(string review)
    {
        var built = Review(review);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var gaps = PdfLines.Read(built.Files["manuscript.pdf"]).Where(l => l.Justified).SelectMany(l => l.GapsInEm).Order().ToList();
        Assert.True(gaps.Count > 100, $"only {gaps.Count} gaps in justified lines");
        var median = gaps[gaps.Count / 2];
        var p99 = gaps[(int)(0.99 * (gaps.Count - 1))];
        output.WriteLine($"{review}: {gaps.Count} gaps, median {median:0.000} em, p99 {p99:0.000} em, max {gaps[^1]:0.000} em");
        Assert.InRange(median, 0.2, 0.45);
        Assert.True(p99 < 0.7, $"p99 {p99:0.000} em");
        Assert.True(gaps[^1] <= 1, $"max {gaps[^1]:0.000} em");
    }

    [Theory]
    [MemberData(nameof(Reviews))]
    public void Pdfs_NoLineEndsInsideATiedUnit(string review)
    {
        var built = Review(review);
        foreach (var file in (string[])["manuscript.pdf", "table2.pdf", "abbreviations.pdf"])
        {
            var endings = PdfLines.Read(built.Files[file]).Select(l => l.Words[^1].Text).ToList();
            Assert.DoesNotContain(endings, e => e is "=" or "et" || e.EndsWith('('));
            var text = PdfLines.Read(built.Files[file]).Select(l => l.Text).ToList();
            Assert.DoesNotContain(text, t => t.EndsWith("(n =") || t.EndsWith(" n ="));
        }
    }

    /// <summary>
    /// Every word of every line is a word of the Markdown (or of the figure), unless it ends in a hyphen and,
    /// joined with the first word of the line below it, is one: no "educationa" / "l".
    /// </summary>
    [Theory]
    [MemberData(nameof(Reviews))]
    public void Pdfs_NoWordIsCutWithoutAHyphen(string review)
    {
        var built = Review(review);
        var known = Letters().Matches(built.Text("manuscript.md") + built.Text("table2.md") + built.Text("abbreviations.md")
                                      + built.Text("prisma.svg") + " continued").Select(m => m.Value).ToHashSet();
        foreach (var file in (string[])["manuscript.pdf", "table2.pdf", "abbreviations.pdf"])
        {
            var lines = PdfLines.Read(built.Files[file], columnGapEm: 0.65);
            var continuation = new HashSet<(int, int)>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                for (var w = 0; w < line.Words.Count; w++)
                {
                    var runs = Letters().Matches(line.Words[w].Text).Select(m => m.Value).ToList();
                    if (w == 0 && continuation.Contains((i, 0))) runs = runs.Skip(1).ToList();
                    var last = w == line.Words.Count - 1;
                    if (last && line.Words[w].Text.EndsWith('-') && runs.Count > 0)
                    {
                        // Hyphenated ("remain-" "ing") when the two halves make a word; else a hyphen of the text ("post-").
                        var below = PdfLines.Below(lines, i);
                        var joined = below < 0 ? "" : runs[^1] + Letters().Match(lines[below].Words[0].Text).Value;
                        if (known.Contains(joined))
                        {
                            continuation.Add((below, 0));
                            runs = runs.Take(runs.Count - 1).ToList();
                        }
                        else Assert.True(known.Contains(runs[^1]), $"{file}: '{line.Words[w].Text}' + '{(below < 0 ? "" : lines[below].Words[0].Text)}' is no word of the text");
                    }
                    foreach (var run in runs)
                        Assert.True(known.Contains(run), $"{file}: '{run}' (in \"{line.Text}\") is not a word of the text (page {line.Page}, after \"{(i > 0 ? lines[i - 1].Text : "")}\")");
                }
            }
        }
    }

    [Fact]
    public void Table2_TakesFewerPagesThanLaTeX_WithNoColumnNarrowerThanItsLongestWord()
    {
        using var pdf = PdfDocument.Open(BuiltReview.Shipped.Files["table2.pdf"]);
        Assert.True(pdf.NumberOfPages < 7, $"Table 2 takes {pdf.NumberOfPages} pages");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}

/// <summary>Words of a PDF grouped into lines: one baseline, split where a gap wider than 1.5 em separates table columns.</summary>
internal sealed record PdfLine(int Page, double Baseline, IReadOnlyList<Word> Words, double FontSize, bool Justified)
{
    public string Text => string.Join(" ", Words.Select(w => w.Text));
    public double Left => Words[0].BoundingBox.Left;
    public double Right => Words[^1].BoundingBox.Right;

    public IEnumerable<double> GapsInEm =>
        Words.Zip(Words.Skip(1), (a, b) => (b.BoundingBox.Left - a.BoundingBox.Right) / FontSize);
}

internal static class PdfLines
{
    /// <param name="columnGapEm">A gap this wide (in ems) separates two table columns; table cells are padded 3 pt on each side.</param>
    public static List<PdfLine> Read(byte[] pdfBytes, double columnGapEm = 1.5)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        var lines = new List<PdfLine>();
        foreach (var page in pdf.GetPages())
        {
            var pageLines = new List<PdfLine>();
            foreach (var group in page.GetWords().Where(w => w.TextOrientation == TextOrientation.Horizontal).GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y)).OrderByDescending(g => g.Key))
            {
                var words = Merged(group.OrderBy(w => w.BoundingBox.Left).ToList());
                var size = words.Select(w => w.Letters[0].PointSize).GroupBy(s => s).MaxBy(g => g.Count())!.Key;
                var chunk = new List<Word> { words[0] };
                for (var i = 1; i <= words.Count; i++)
                {
                    if (i < words.Count && words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right < columnGapEm * size)
                    {
                        chunk.Add(words[i]);
                        continue;
                    }
                    pageLines.Add(new PdfLine(page.Number, group.Key, chunk, size, false));
                    if (i < words.Count) chunk = [words[i]];
                }
            }
            // Justified: a line of body text that reaches the right edge of the widest lines and has a line of its paragraph below.
            var right = pageLines.Count == 0 ? 0 : pageLines.Max(l => l.Right);
            var left = pageLines.Count == 0 ? 0 : pageLines.Min(l => l.Left);
            for (var i = 0; i < pageLines.Count; i++)
            {
                var line = pageLines[i];
                var justified = line.Words.Count >= 3 && Math.Abs(line.Right - right) < 0.6 && line.Left - left < 30 && right - left > 300
                                && pageLines.Skip(i + 1).Any(l => l.Baseline < line.Baseline && line.Baseline - l.Baseline < 3 * line.FontSize && Math.Abs(l.FontSize - line.FontSize) < 0.1);
                pageLines[i] = line with { Justified = justified };
            }
            lines.AddRange(pageLines);
        }
        return lines;
    }

    /// <summary>PdfPig splits a word where kerning pulls two letters together ("T" "o"); such pieces touch, and are one word.</summary>
    private static List<Word> Merged(List<Word> words)
    {
        var merged = new List<Word> { words[0] };
        foreach (var word in words.Skip(1))
        {
            var last = merged[^1];
            if (word.BoundingBox.Left - last.BoundingBox.Right < 0.05 * word.Letters[0].PointSize)
                merged[^1] = new Word(last.Letters.Concat(word.Letters).ToList());
            else merged.Add(word);
        }
        return merged;
    }

    /// <summary>The line below line <paramref name="index"/> that overlaps it across (the next line of the same column), or -1.</summary>
    public static int Below(List<PdfLine> lines, int index)
    {
        var line = lines[index];
        var best = -1;
        for (var i = index + 1; i < lines.Count; i++)
        {
            var other = lines[i];
            if (other.Page != line.Page) return best >= 0 ? best : (i < lines.Count ? FirstOnNextPage(lines, i, line) : -1);
            if (other.Baseline >= line.Baseline || line.Baseline - other.Baseline > 3 * line.FontSize) continue;
            if (other.Left < line.Right && other.Right > line.Left && (best < 0 || other.Baseline > lines[best].Baseline)) best = i;
        }
        return best;
    }

    private static int FirstOnNextPage(List<PdfLine> lines, int start, PdfLine line)
    {
        for (var i = start; i < lines.Count && lines[i].Page == line.Page + 1; i++)
            if (lines[i].Left < line.Right && lines[i].Right > line.Left) return i;
        return -1;
    }
}

public class SubmissionLayoutTests
{
    private static readonly Lazy<BuiltReview> Submission = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-submission-");
        foreach (var file in Directory.GetFiles(RepoPaths.Data)) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(folder.FullName, "review.csv"), "layout,submission\n");
        try { return BuiltReview.Build(folder.FullName, RepoPaths.Templates); }
        finally { folder.Delete(recursive: true); }
    });

    [Fact]
    public void Submission_PdfIs12PointDoubleSpacedWithContinuousLineNumbers()
    {
        var built = Submission.Value;
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var lines = PdfLines.Read(built.Files["manuscript.pdf"]);
        var body = lines.Where(l => l.Justified).ToList();
        Assert.NotEmpty(body);
        // Running text is 12 pt; the table's note (smaller, as in LaTeX) is the exception.
        Assert.True(body.Count(l => Math.Abs(l.FontSize - 12) < 0.1) > 0.9 * body.Count);
        // Line numbers: numbers alone in the left margin, counting up by one across pages.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(built.Files["manuscript.pdf"]);
        var numbers = pdf.GetPages().SelectMany(p => p.GetWords()
                .Where(w => w.BoundingBox.Right < 70 && int.TryParse(w.Text, out _))
                .OrderByDescending(w => w.BoundingBox.Bottom))
            .Select(w => int.Parse(w.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count > 100, $"{numbers.Count} line numbers");
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        // Double spacing: consecutive numbered lines of a paragraph are two line heights (2 × 1.25 × 12 pt) apart.
        var spacing = body.Zip(body.Skip(1), (a, b) => a.Page == b.Page ? a.Baseline - b.Baseline : 0).Where(d => d > 0).Min();
        Assert.Equal(30, spacing, 0);
    }

    [Fact]
    public void Submission_LatexLoadsSetspaceAndLineno()
    {
        var tex = Submission.Value.Text("manuscript.tex");
        Assert.Contains(@"\documentclass[12pt,a4paper]{article}", tex);
        Assert.Contains(@"\doublespacing", tex);
        Assert.Contains(@"\linenumbers", tex);
        Assert.DoesNotContain(@"\linenumbers", BuiltReview.Shipped.Text("manuscript.tex"));
    }
}
