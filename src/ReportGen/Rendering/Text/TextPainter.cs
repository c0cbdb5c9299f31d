using System.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Text;

/// <summary>
/// Draws shaped text onto any Skia canvas (a PDF page, a figure, a bitmap) in the faces of the shaper that shaped it,
/// with the glyph ids and positions HarfBuzz computed, so what is drawn is exactly what was measured.
/// </summary>
/// <remarks>
/// Text is drawn word by word, so the native objects a word needs (font, paint, blob builder) are made once per
/// face and size and reused: making them for every word cost more than drawing it.
/// </remarks>
internal sealed class TextPainter(SkiaTextShaper shaper) : IDisposable
{
    private readonly Dictionary<(int Face, double Size), SKFont> _fonts = [];
    private readonly SKTextBlobBuilder _blobBuilder = new();
    private readonly SKPaint _paint = new() { Color = SKColors.Black, IsAntialias = true };

    /// <summary>Draws <paramref name="text"/> with the left end of its baseline at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, ShapedText text, float x, float y)
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
        canvas.DrawText(blob, x, y, _paint);
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

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _blobBuilder.Dispose();
        _paint.Dispose();
    }
}
