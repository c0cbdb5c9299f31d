using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// What every paragraph of one document shares: the language's hyphenation patterns, the page layout's line
/// spacing and line numbers, and the warning for a line that had to run past its measure.
/// </summary>
internal sealed class Typesetting
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _sourceName;
    private readonly bool _submission;

    public Hyphenator? Hyphenator { get; }

    public Typesetting(string? language, PageLayout layout, DiagnosticBag diagnostics, string sourceName)
    {
        _diagnostics = diagnostics;
        _sourceName = sourceName;
        _submission = layout == PageLayout.Submission;
        Hyphenator = Hyphenator.ForLanguage(language);
        if (Hyphenator is null)
            diagnostics.Warning(sourceName, 0, 0, PdfCodes.NoHyphenationPatterns,
                $"there are no hyphenation patterns for the language '{language}'; the PDF breaks lines only at spaces, hyphens and dashes",
                "Set language in review.csv to a language with patterns (en), or add TeX patterns for it (src/ReportGen/Rendering/Typography/Patterns/README.md).");
    }

    /// <summary>Running text: hyphenated, double-spaced and line-numbered in the submission layout.</summary>
    public ParagraphFormat Running(ParagraphFormat format, int line, bool hyphenate) => format with
    {
        Hyphenator = hyphenate ? Hyphenator : null,
        OnOverflow = Reporter(line),
        LineSpacing = _submission ? 2 : 1,
        NumberLines = _submission,
    };

    /// <summary>A table cell: single-spaced and not numbered, as LaTeX sets a longtable; header cells keep their words whole.</summary>
    public ParagraphFormat Cell(ParagraphFormat format, int line, bool hyphenate) => format with
    {
        Hyphenator = hyphenate ? Hyphenator : null,
        OnOverflow = Reporter(line),
    };

    private Action<string, double> Reporter(int line) => (text, overflow) =>
        _diagnostics.Warning(_sourceName, line, 1, PdfCodes.OverfullLine,
            $"a line runs {overflow.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} pt past its measure: \"{text}\"",
            "A word or tied group is wider than its column; widen the column or shorten the text.");
}
