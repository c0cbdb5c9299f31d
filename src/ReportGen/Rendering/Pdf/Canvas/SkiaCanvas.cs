using System.Text;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>Draws into the pages of a Skia PDF document; keeps the outline for <see cref="PdfCatalogAmender"/>.</summary>
public sealed class SkiaCanvas(SKDocument document, SkiaTextShaper shaper) : ICanvas
{
    private readonly List<OutlineEntry> _outline = [];
    private SKCanvas? _page;

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    private SKCanvas Page => _page ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginPage(Size size) => _page = document.BeginPage((float)size.Width, (float)size.Height);

    public void EndPage()
    {
        document.EndPage();
        _page = null;
    }

    public void DrawText(ShapedText text, Point baseline)
    {
        using var builder = new SKTextBlobBuilder();
        var any = false;
        foreach (var run in text.Runs.Where(r => r.Glyphs.Length > 0))
        {
            using var font = new SKFont(shaper.Faces[run.FaceIndex], (float)text.Style.FontSize)
            {
                Subpixel = true,
                Hinting = SKFontHinting.None,
            };
            var utf8 = Encoding.UTF8.GetBytes(run.Text);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length);
            var glyphs = buffer.Glyphs;
            var positions = buffer.Positions;
            var clusters = buffer.Clusters;
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                glyphs[i] = run.Glyphs[i];
                positions[i] = new SKPoint(run.XOffsets[i], run.YOffsets[i]);
                clusters[i] = run.Clusters[i];
            }
            utf8.CopyTo(buffer.Text);
            any = true;
        }
        if (!any) return;
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        Page.DrawText(blob, (float)baseline.X, (float)baseline.Y, paint);
    }

    public void DrawLine(Point from, Point to, double thickness)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = (float)thickness, Style = SKPaintStyle.Stroke, IsAntialias = true };
        Page.DrawLine((float)from.X, (float)from.Y, (float)to.X, (float)to.Y, paint);
    }

    public void DrawPicture(IPicture picture, Rect area)
    {
        if (picture is not SvgPicture svg) throw new ArgumentException("SkiaCanvas draws only SvgPicture.", nameof(picture));
        var cull = svg.Picture.CullRect;
        Page.Save();
        Page.Translate((float)area.X, (float)area.Y);
        // The picture draws in its own units (CSS pixels), so the area is filled from its cull rectangle.
        Page.Scale((float)(area.Width / cull.Width), (float)(area.Height / cull.Height));
        Page.Translate(-cull.Left, -cull.Top);
        Page.ClipRect(cull);
        Page.DrawPicture(svg.Picture);
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
}
