using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>The flow diagram drawn from its layout, in the fonts of the canvas's shaper.</summary>
internal sealed class FigurePicture(PrismaFigure figure, ITextShaper shaper) : ISkiaPicture
{
    public Size Size { get; } = new(figure.Width, figure.Height);

    public PrismaFigure Figure => figure;

    public ITextShaper Shaper => shaper;

    public void Draw(SKCanvas canvas, TextPainter text) => PrismaPainter.Paint(canvas, figure, shaper, text);
}
