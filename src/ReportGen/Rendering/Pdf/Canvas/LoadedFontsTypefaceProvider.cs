using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>
/// Resolves SVG font-family names against the faces the document already loaded from files. Skia's own
/// font manager cannot be relied on (the Linux build without dependencies knows no system fonts), and
/// using the same files keeps figure text in the same embedded fonts as the body text.
/// Unknown families get the body face in the nearest weight and slant, so text is never dropped.
/// </summary>
internal sealed class LoadedFontsTypefaceProvider(IReadOnlyList<SKTypeface> faces, SKTypeface regular, SKTypeface bold,
    SKTypeface italic, SKTypeface boldItalic) : ITypefaceProvider
{
    public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        var wantBold = fontWeight >= SKFontStyleWeight.SemiBold;
        var wantItalic = fontStyle != SKFontStyleSlant.Upright;
        foreach (var family in fontFamily.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = family.Trim('\'', '"');
            var match = faces
                .Where(f => string.Equals(f.FamilyName, name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => (f.FontWeight >= (int)SKFontStyleWeight.SemiBold) == wantBold ? 0 : 1)
                .ThenBy(f => (f.FontSlant != SKFontStyleSlant.Upright) == wantItalic ? 0 : 1)
                .FirstOrDefault();
            if (match is not null) return match;
        }
        return (wantBold, wantItalic) switch
        {
            (true, true) => boldItalic,
            (true, false) => bold,
            (false, true) => italic,
            _ => regular,
        };
    }
}
