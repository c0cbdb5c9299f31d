using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Draws a laid-out figure onto a surface in points, origin top left: a PDF page, the one-page prisma.pdf, or the
/// DOCX's bitmap. Each line is shaped again by the canvas's own shaper (the document's fonts, cut down to its
/// characters), so the PDF embeds the figure's text in the same fonts as the body, as real, extractable text.
/// </summary>
internal static class PrismaPainter
{
    public static void Paint(SKCanvas canvas, PrismaFigure figure, ITextShaper shaper, TextPainter text) =>
        Paint(new SkiaFigureSurface(canvas, text), figure, shaper);

    public static void Paint(IFigureSurface surface, PrismaFigure figure, ITextShaper shaper)
    {
        foreach (var box in figure.Boxes)
        {
            if (box.Kind != PrismaBoxKind.Note)
                surface.Box(box.Bounds, PrismaStyle.Corner(box), PrismaStyle.Fill(box), PrismaStyle.Stroke, PrismaStyle.StrokeWidth);
            PaintLines(surface, box, shaper);
        }
        foreach (var arrow in figure.Arrows)
        {
            var (line, head) = PrismaStyle.Arrow(arrow);
            surface.Polyline(line, PrismaStyle.Stroke, PrismaStyle.StrokeWidth);
            surface.Polygon(head, PrismaStyle.Stroke);
        }
    }

    private static void PaintLines(IFigureSurface surface, PrismaBox box, ITextShaper shaper)
    {
        if (box.Lines.Count == 0) return;
        var turned = box.Kind == PrismaBoxKind.Band;
        if (turned) surface.BeginRotation(-90, box.Bounds.CenterX, box.Bounds.CenterY);
        foreach (var line in box.Lines)
        {
            var shaped = shaper.Shape(line.Text, line.Style);
            // Centred lines are centred on what is drawn, which may differ from the measure by a ligature's width.
            var left = box.Align == PrismaAlign.Center ? line.Left + (line.Width - shaped.Width) / 2 : line.Left;
            surface.Text(shaped, left, line.Baseline);
        }
        if (turned) surface.EndRotation();
    }
}
