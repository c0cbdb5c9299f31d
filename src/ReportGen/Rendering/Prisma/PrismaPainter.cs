using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Draws a laid-out figure onto a Skia canvas in points, origin top left: a PDF page, the one-page prisma.pdf, or the
/// DOCX's bitmap. Each line is shaped again by the canvas's own shaper (the document's fonts, cut down to its
/// characters), so the PDF embeds the figure's text in the same fonts as the body, as real, extractable text.
/// </summary>
internal static class PrismaPainter
{
    public static void Paint(SKCanvas canvas, PrismaFigure figure, ITextShaper shaper, TextPainter text)
    {
        using var stroke = new SKPaint
        {
            Color = SKColor.Parse(PrismaStyle.Stroke), StrokeWidth = (float)PrismaStyle.StrokeWidth, Style = SKPaintStyle.Stroke,
            IsAntialias = true, StrokeJoin = SKStrokeJoin.Miter,
        };
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var box in figure.Boxes)
        {
            if (box.Kind != PrismaBoxKind.Note)
            {
                var r = box.Bounds;
                var rect = new SKRect((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);
                var corner = (float)PrismaStyle.Corner(box);
                fill.Color = SKColor.Parse(PrismaStyle.Fill(box));
                canvas.DrawRoundRect(rect, corner, corner, fill);
                canvas.DrawRoundRect(rect, corner, corner, stroke);
            }
            PaintLines(canvas, box, shaper, text);
        }
        fill.Color = SKColor.Parse(PrismaStyle.Stroke);
        foreach (var arrow in figure.Arrows)
        {
            var (line, head) = PrismaStyle.Arrow(arrow);
            using var shaft = Path(line, close: false);
            using var tip = Path(head, close: true);
            canvas.DrawPath(shaft, stroke);
            canvas.DrawPath(tip, fill);
        }
    }

    private static void PaintLines(SKCanvas canvas, PrismaBox box, ITextShaper shaper, TextPainter text)
    {
        if (box.Lines.Count == 0) return;
        var turned = box.Kind == PrismaBoxKind.Band;
        if (turned)
        {
            canvas.Save();
            canvas.RotateDegrees(-90, (float)box.Bounds.CenterX, (float)box.Bounds.CenterY);
        }
        foreach (var line in box.Lines)
        {
            var shaped = shaper.Shape(line.Text, line.Style);
            // Centred lines are centred on what is drawn, which may differ from the measure by a ligature's width.
            var left = box.Align == PrismaAlign.Center ? line.Left + (line.Width - shaped.Width) / 2 : line.Left;
            text.Draw(canvas, shaped, (float)left, (float)line.Baseline);
        }
        if (turned) canvas.Restore();
    }

    private static SKPath Path(IReadOnlyList<FigurePoint> points, bool close)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo((float)points[0].X, (float)points[0].Y);
        for (var i = 1; i < points.Count; i++) builder.LineTo((float)points[i].X, (float)points[i].Y);
        if (close) builder.Close();
        return builder.Detach();
    }
}
