using ReportGen.Rendering.Pdf.Text;
using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Pdf.Elements;

internal enum TextAlignment { Left, Justify, Center }

/// <summary>How a paragraph is set. <see cref="Marker"/> hangs in the left indent on the first line (list bullets).</summary>
internal sealed record ParagraphFormat(TextStyle Style, TextAlignment Alignment = TextAlignment.Left)
{
    public double LeftIndent { get; init; }
    /// <summary>Lines after the first start this much further right (a reference list's hanging indent).</summary>
    public double HangingIndent { get; init; }
    /// <summary>Patterns that may hyphenate the paragraph's words; null sets it without hyphens.</summary>
    public Hyphenator? Hyphenator { get; init; }
    /// <summary>Told of each line that runs past the measure, with the line's text, so the writer can warn.</summary>
    public Action<string, double>? OnOverflow { get; init; }
    /// <summary>Line spacing as a multiple of the style's line height (2 for a double-spaced submission).</summary>
    public double LineSpacing { get; init; } = 1;
    /// <summary>The lines count in the margin's line numbers (running text, not table cells), as LaTeX's lineno does.</summary>
    public bool NumberLines { get; init; }
    public double SpaceAfter { get; init; }
    public ShapedText? Marker { get; init; }
    public bool KeepWithNext { get; init; }

    /// <summary>Neither the first nor the last line of a paragraph stands alone on a page (2 lines minimum).</summary>
    public bool WidowOrphanControl { get; init; } = true;
}
