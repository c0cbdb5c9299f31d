using ReportGen.Rendering.Fonts;

namespace ReportGen.Rendering.Pdf.Text;

internal readonly record struct TextStyle(double FontSize, FontStyle FontStyle = FontStyle.Regular, bool Monospace = false)
{
    /// <summary>Baseline-to-baseline distance; 1.25 em reads well for body text and table cells alike.</summary>
    public double LineHeight => FontSize * 1.25;

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public double Ascent => FontSize * 0.95;

    public TextStyle With(FontStyle style) => this with { FontStyle = Combine(FontStyle, style) };

    private static FontStyle Combine(FontStyle a, FontStyle b)
    {
        var bold = a is FontStyle.Bold or FontStyle.BoldItalic || b is FontStyle.Bold or FontStyle.BoldItalic;
        var italic = a is FontStyle.Italic or FontStyle.BoldItalic || b is FontStyle.Italic or FontStyle.BoldItalic;
        return (bold, italic) switch
        {
            (true, true) => FontStyle.BoldItalic,
            (true, false) => FontStyle.Bold,
            (false, true) => FontStyle.Italic,
            _ => FontStyle.Regular,
        };
    }
}
