using SkiaSharp;

namespace ReportGen.Rendering.Fonts;

/// <summary>Measures with Skia using the faces of a <see cref="FontSet"/>.</summary>
internal sealed class SkiaTextMeasurer : ITextMeasurer, IDisposable
{
    private readonly Dictionary<FontStyle, SKTypeface> _faces = [];

    public SkiaTextMeasurer(FontSet fonts)
    {
        foreach (var style in Enum.GetValues<FontStyle>())
            _faces[style] = SKTypeface.FromFile(fonts.For(style))
                ?? throw new InvalidOperationException($"Skia could not load the font file {fonts.For(style)}.");
        FamilyName = _faces[FontStyle.Regular].FamilyName;
    }

    public string FamilyName { get; }

    public double Width(string text, double fontSize, FontStyle style = FontStyle.Regular)
    {
        using var font = new SKFont(_faces[style], (float)fontSize);
        return font.MeasureText(text);
    }

    public double LineHeight(double fontSize)
    {
        using var font = new SKFont(_faces[FontStyle.Regular], (float)fontSize);
        return font.Spacing;
    }

    public void Dispose()
    {
        foreach (var face in _faces.Values) face.Dispose();
    }
}
