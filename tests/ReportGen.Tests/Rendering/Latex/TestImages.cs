using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>Small stand-ins for the figures a manuscript includes, drawn with Skia.</summary>
internal static class TestImages
{
    public const string FigureText = "Records identified";

    public static void WritePdf(string path)
    {
        using var stream = File.Create(path);
        using var document = SKDocument.CreatePdf(stream);
        var canvas = document.BeginPage(400, 300);
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = SKColors.Black };
        canvas.DrawRect(20, 20, 360, 80, stroke);
        // Skia here has no font manager, so the face comes from a file, as the PDF writer's does.
        var fonts = FontLocator.FindSerif() ?? throw new InvalidOperationException("No serif font (DejaVu Serif) is installed.");
        using var typeface = SKTypeface.FromFile(fonts.Regular);
        using var font = new SKFont(typeface, 18);
        using var fill = new SKPaint { Color = SKColors.Black };
        canvas.DrawText(FigureText, 40, 65, SKTextAlign.Left, font, fill);
        document.EndPage();
        document.Close();
    }

    public static void WritePng(string path)
    {
        using var bitmap = new SKBitmap(40, 20);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        using var stream = File.Create(path);
        data.SaveTo(stream);
    }
}
