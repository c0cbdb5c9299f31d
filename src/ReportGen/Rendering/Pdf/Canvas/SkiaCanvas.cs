using System.Text;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>Draws into the pages of a Skia PDF document; keeps the outline for <see cref="PdfCatalogAmender"/>.</summary>
/// <remarks>
/// Text is drawn word by word, so the native objects a word needs (font, paint, blob builder) are made once per
/// face and size and reused: making them for every word cost more than drawing it.
/// </remarks>
internal sealed class SkiaCanvas(SKDocument document, SkiaTextShaper shaper) : ICanvas, IDisposable
{
    private readonly List<OutlineEntry> _outline = [];
    private readonly Dictionary<(int Face, double Size), SKFont> _fonts = [];
    private readonly SKTextBlobBuilder _blobBuilder = new();
    private readonly SKPaint _textPaint = new() { Color = SKColors.Black, IsAntialias = true };
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
        var any = false;
        foreach (var run in text.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            var buffer = _blobBuilder.AllocatePositionedTextRun(Font(run.FaceIndex, text.Style.FontSize), run.Glyphs.Length,
                Encoding.UTF8.GetByteCount(run.Text));
            var glyphs = buffer.Glyphs;
            var positions = buffer.Positions;
            var clusters = buffer.Clusters;
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                glyphs[i] = run.Glyphs[i];
                positions[i] = new SKPoint(run.XOffsets[i], run.YOffsets[i]);
                clusters[i] = run.Clusters[i];
            }
            Encoding.UTF8.GetBytes(run.Text, buffer.Text);
            any = true;
        }
        if (!any) return;
        using var blob = _blobBuilder.Build();
        Page.DrawText(blob, (float)baseline.X, (float)baseline.Y, _textPaint);
    }

    private SKFont Font(int face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(shaper.Faces[face], (float)size) { Subpixel = true, Hinting = SKFontHinting.None };
            _fonts[(face, size)] = font;
        }
        return font;
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

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _blobBuilder.Dispose();
        _textPaint.Dispose();
    }
}
