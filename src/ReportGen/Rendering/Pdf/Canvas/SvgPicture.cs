using ReportGen.Rendering.Pdf.Layout;
using SkiaSharp;
using Svg.Skia;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>An SVG file turned into a Skia picture; drawn into a PDF it stays vectors and text.</summary>
internal sealed class SvgPicture : IPicture, IDisposable
{
    private readonly SKSvg _svg;

    /// <summary>
    /// Svg.Skia draws in CSS pixels, 96 to the inch (width="608pt" gives a picture 810.67 wide); PDF sizes are
    /// points, 72 to the inch.
    /// </summary>
    public const double PointsPerPixel = 72.0 / 96.0;

    private SvgPicture(SKSvg svg, SKPicture picture)
    {
        _svg = svg;
        Picture = picture;
        Size = new Size(picture.CullRect.Width * PointsPerPixel, picture.CullRect.Height * PointsPerPixel);
    }

    public SKPicture Picture { get; }

    /// <summary>The drawing's size in points, as the SVG declares it.</summary>
    public Size Size { get; }

    /// <summary>Null when the text is not an SVG that draws anything; <paramref name="error"/> says why.</summary>
    public static SvgPicture? Load(string svgText, global::Svg.Skia.TypefaceProviders.ITypefaceProvider fonts, out string? error)
    {
        var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [fonts];
        try
        {
            var picture = svg.FromSvg(svgText);
            if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            {
                svg.Dispose();
                error = "it is not an SVG image with a width and a height";
                return null;
            }
            error = null;
            return new SvgPicture(svg, picture);
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            svg.Dispose();
            error = e.Message;
            return null;
        }
    }

    public void Dispose() => _svg.Dispose();
}
