using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Runtime.CompilerServices;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// A figure's SVG embedded as Word 2016 and later embed one: the SVG itself (<c>asvg:svgBlip</c>) with a PNG drawn
/// from it at 300 dpi for readers that cannot show SVG, as wide as the text.
/// </summary>
internal sealed class DocxFigure(DocxContext context)
{
    public const string ImageMissingCode = "RG501";
    public const string ImageNotSvgCode = "RG502";
    private const double Dpi = 300;
    private const long EmuPerPoint = 12700;
    private const string SvgExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>
    /// The 300 dpi PNG of the build's own figure, by its layout and shown width: watch keeps the layout between
    /// rebuilds while the flow and prisma.sbn are unchanged, and drawing and encoding the PNG again was most of a warm
    /// rebuild's DOCX time. The same layout gives the same bytes, so a kept PNG is the one a new one would be.
    /// </summary>
    private static readonly ConditionalWeakTable<PrismaFigure, Dictionary<double, byte[]>> FigureRasters = new();

    /// <summary>The drawing for the image, or null, with a diagnostic, when the image cannot be embedded.</summary>
    public Drawing? Build(LinkInline image, uint textWidth, uint textHeight)
    {
        var url = image.Url ?? "";
        var line = image.Line + 1;
        if (!url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Warning(context.SourceName, line, image.Column + 1, ImageNotSvgCode,
                $"the figure image '{url}' is not an SVG file; the DOCX embeds only SVG figures, so it is left out", "Give the figure an .svg image.");
            return null;
        }
        if (context.Options.Page.ReadSvg(url) is not { } svgText)
        {
            context.Diagnostics.Error(context.SourceName, line, image.Column + 1, ImageMissingCode,
                $"the figure image '{url}' was not found (looked for {Path.GetFullPath(Path.Combine(context.Options.Page.BaseDirectory, url))})",
                "Write the SVG next to the document, or set the base directory to the folder that holds it.");
            return null;
        }
        if (context.Shaper is not { } shaper) return null;
        var picture = Picture(url, svgText, shaper, out var error);
        using var owned = picture as IDisposable;
        if (picture is null)
        {
            context.Diagnostics.Error(context.SourceName, line, image.Column + 1, ImageNotSvgCode,
                $"the figure image '{url}' could not be read as SVG: {error}", "Check that the file is a valid SVG document.");
            return null;
        }

        // As wide as the text, unless that would make it taller than 80% of the text (as the PDF limits it).
        var widthPoints = textWidth / (double)PageGeometry.TwipsPerPoint;
        var scale = Math.Min(widthPoints / picture.Size.Width, textHeight / (double)PageGeometry.TwipsPerPoint * 0.8 / picture.Size.Height);
        var shown = (Width: picture.Size.Width * scale, Height: picture.Size.Height * scale);

        var svgPart = context.Main.AddImagePart(ImagePartType.Svg, context.NextRelationshipId("Svg"));
        using (var svg = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svgText))) svgPart.FeedData(svg);
        var pngPart = context.Main.AddImagePart(ImagePartType.Png, context.NextRelationshipId("Png"));
        using (var png = new MemoryStream(RasterOf(url, picture, shown.Width, shaper))) pngPart.FeedData(png);

        var description = DocxText.Clean(InlineText(image));
        return Drawing(context.Main.GetIdOfPart(pngPart), context.Main.GetIdOfPart(svgPart),
            (long)Math.Round(shown.Width * EmuPerPoint), (long)Math.Round(shown.Height * EmuPerPoint), description);
    }

    /// <summary>A figure the build laid out is drawn from its layout; any other SVG through Svg.Skia.</summary>
    private ISkiaPicture? Picture(string url, string svgText, SkiaTextShaper shaper, out string? error)
    {
        error = null;
        return context.Options.Page.Figures.TryGetValue(url, out var figure)
            ? new FigurePicture(figure, shaper)
            : LoadSvg(svgText, shaper, out error);
    }

    /// <summary>Apart, so that a build whose only figure is its own never loads Svg.Skia (as in the PDF writer).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static SvgPicture? LoadSvg(string svgText, SkiaTextShaper shaper, out string? error) =>
        SvgPicture.Load(svgText, LoadedFontsTypefaceProvider.Of(shaper), out error);

    private byte[] RasterOf(string url, ISkiaPicture picture, double shownWidthPoints, SkiaTextShaper shaper)
    {
        if (!context.Options.Page.Figures.TryGetValue(url, out var figure)) return Raster(picture, shownWidthPoints, shaper);
        var rasters = FigureRasters.GetOrCreateValue(figure);
        lock (rasters)
        {
            if (!rasters.TryGetValue(shownWidthPoints, out var png)) rasters[shownWidthPoints] = png = Raster(picture, shownWidthPoints, shaper);
            return png;
        }
    }

    /// <summary>The picture drawn at 300 dpi of the size it is shown at, on white.</summary>
    private static byte[] Raster(ISkiaPicture picture, double shownWidthPoints, SkiaTextShaper shaper)
    {
        var pixelsPerPoint = shownWidthPoints / 72 * Dpi / picture.Size.Width;
        var width = Math.Max(1, (int)Math.Ceiling(picture.Size.Width * pixelsPerPoint));
        var height = Math.Max(1, (int)Math.Ceiling(picture.Size.Height * pixelsPerPoint));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var text = new TextPainter(shaper))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)pixelsPerPoint);
            picture.Draw(canvas, text);
        }
        // A flow diagram is white space and flat colour, which the cheapest filter and zlib's fastest level compress
        // well enough; Skia's defaults made this PNG most of a cold build's Word output.
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 1))
            ?? throw new InvalidOperationException("Skia could not encode the figure's PNG.");
        return data.ToArray();
    }

    private Drawing Drawing(string pngId, string svgId, long width, long height, string description)
    {
        var id = context.NextDrawingId();
        var name = $"Figure {id}";
        var blip = new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new SVGBlip { Embed = svgId }) { Uri = SvgExtensionUri }))
        {
            Embed = pngId,
        };
        var pictureElement = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(pictureElement) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }

    private static string InlineText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
