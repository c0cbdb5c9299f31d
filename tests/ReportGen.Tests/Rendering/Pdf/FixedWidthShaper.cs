using ReportGen.Rendering.Text;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Every character is half an em wide, so expected line breaks can be worked out by hand.</summary>
internal sealed class FixedWidthShaper : ITextShaper
{
    public ShapedText Shape(string text, TextStyle style) =>
        new(text, style, text.Length * style.FontSize / 2, []);
}
