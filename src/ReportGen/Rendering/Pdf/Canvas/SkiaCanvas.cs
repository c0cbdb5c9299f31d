using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>Draws into the pages of a Skia PDF document; keeps the outline for <see cref="PdfCatalogAmender"/>.</summary>
internal sealed class SkiaCanvas(SKDocument document, SkiaTextShaper shaper) : ICanvas, IDisposable
{
    private readonly List<OutlineEntry> _outline = [];
    private readonly TextPainter _text = new(shaper);
    private SKCanvas? _page;

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    private SKCanvas Page => _page ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginPage(Size size) => _page = document.BeginPage((float)size.Width, (float)size.Height);

    public void EndPage()
    {
        document.EndPage();
        _page = null;
    }

    public void DrawText(ShapedText text, Point baseline) => _text.Draw(Page, text, (float)baseline.X, (float)baseline.Y);

    public void DrawLine(Point from, Point to, double thickness)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = (float)thickness, Style = SKPaintStyle.Stroke, IsAntialias = true };
        Page.DrawLine((float)from.X, (float)from.Y, (float)to.X, (float)to.Y, paint);
    }

    public void DrawPicture(IPicture picture, Rect area)
    {
        if (picture is not ISkiaPicture drawing) throw new ArgumentException("SkiaCanvas draws only pictures Skia can draw.", nameof(picture));
        Page.Save();
        Page.Translate((float)area.X, (float)area.Y);
        Page.Scale((float)(area.Width / picture.Size.Width), (float)(area.Height / picture.Size.Height));
        drawing.Draw(Page, _text);
        Page.Restore();
    }

    public void LinkToUrl(Rect area, string url)
    {
        using var data = Page.DrawUrlAnnotation(ToSkia(area), url);
    }

    public void AddOutlineEntry(int level, string title, string destinationName, Point at)
    {
        using var data = Page.DrawNamedDestinationAnnotation(new SKPoint((float)at.X, (float)at.Y), destinationName);
        _outline.Add(new OutlineEntry(level, title, destinationName));
    }

    private static SKRect ToSkia(Rect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);

    public void Dispose()
    {
        _text.Dispose();
    }
}
