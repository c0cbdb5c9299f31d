using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Elements;

public enum TextAlignment { Left, Justify, Center }

/// <summary>How a paragraph is set. <see cref="Marker"/> hangs in the left indent on the first line (list bullets).</summary>
public sealed record ParagraphFormat(TextStyle Style, TextAlignment Alignment = TextAlignment.Left)
{
    public double LeftIndent { get; init; }
    public double SpaceAfter { get; init; }
    public ShapedText? Marker { get; init; }
    public bool KeepWithNext { get; init; }

    /// <summary>Neither the first nor the last line of a paragraph stands alone on a page (2 lines minimum).</summary>
    public bool WidowOrphanControl { get; init; } = true;
}
