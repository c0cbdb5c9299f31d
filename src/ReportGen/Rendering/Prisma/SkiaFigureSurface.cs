using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Prisma;

/// <summary>The figure drawn on a Skia canvas (a bitmap, or a page of Skia's PDF backend).</summary>
internal sealed class SkiaFigureSurface(SKCanvas canvas, TextPainter text) : IFigureSurface
{
    public void Box(FigureRect bounds, double corner, string fill, string stroke, double strokeWidth)
    {
        var rect = new SKRect((float)bounds.X, (float)bounds.Y, (float)bounds.Right, (float)bounds.Bottom);
        using var fillPaint = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = SKColor.Parse(fill) };
        using var strokePaint = Stroke(stroke, strokeWidth);
        canvas.DrawRoundRect(rect, (float)corner, (float)corner, fillPaint);
        canvas.DrawRoundRect(rect, (float)corner, (float)corner, strokePaint);
    }

    public void Polyline(IReadOnlyList<FigurePoint> points, string stroke, double strokeWidth)
    {
        using var path = Path(points, close: false);
        using var paint = Stroke(stroke, strokeWidth);
        canvas.DrawPath(path, paint);
    }

    public void Polygon(IReadOnlyList<FigurePoint> points, string fill)
    {
        using var path = Path(points, close: true);
        using var paint = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = SKColor.Parse(fill) };
        canvas.DrawPath(path, paint);
    }

    public void Text(ShapedText shaped, double x, double baseline) => text.Draw(canvas, shaped, (float)x, (float)baseline);

    public void BeginRotation(double degrees, double centerX, double centerY)
    {
        canvas.Save();
        canvas.RotateDegrees((float)degrees, (float)centerX, (float)centerY);
    }

    public void EndRotation() => canvas.Restore();

    private static SKPaint Stroke(string color, double width) => new()
    {
        Color = SKColor.Parse(color), StrokeWidth = (float)width, Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeJoin = SKStrokeJoin.Miter,
    };

    private static SKPath Path(IReadOnlyList<FigurePoint> points, bool close)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo((float)points[0].X, (float)points[0].Y);
        for (var i = 1; i < points.Count; i++) builder.LineTo((float)points[i].X, (float)points[i].Y);
        if (close) builder.Close();
        return builder.Detach();
    }
}
