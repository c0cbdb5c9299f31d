using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// What <see cref="PrismaPainter"/> draws a figure with, in points, origin top left: a Skia canvas (the DOCX's bitmap,
/// an SVG-bearing PDF) or ReportGen's own PDF page content. Colours are "#RRGGBB".
/// </summary>
internal interface IFigureSurface
{
    /// <summary>A rectangle with round corners (<paramref name="corner"/> 0: square), filled, then stroked.</summary>
    void Box(FigureRect bounds, double corner, string fill, string stroke, double strokeWidth);

    /// <summary>An open line through <paramref name="points"/>.</summary>
    void Polyline(IReadOnlyList<FigurePoint> points, string stroke, double strokeWidth);

    /// <summary>A closed shape through <paramref name="points"/>, filled.</summary>
    void Polygon(IReadOnlyList<FigurePoint> points, string fill);

    /// <summary>Shaped text with the left end of its baseline at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    void Text(ShapedText text, double x, double baseline);

    /// <summary>Turns what is drawn next about (<paramref name="centerX"/>, <paramref name="centerY"/>) until <see cref="EndRotation"/>.</summary>
    void BeginRotation(double degrees, double centerX, double centerY);

    void EndRotation();
}
