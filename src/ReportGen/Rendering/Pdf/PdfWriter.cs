using System.Globalization;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Markdown;
using ReportGen.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf;

/// <summary>Writes the Markdown document tree as a PDF with ReportGen's own layout engine on SkiaSharp.</summary>
internal sealed class PdfWriter(WriterSettings settings) : IDocumentWriter
{
    public string Extension => "pdf";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) => Write(document, settings.Pdf, diagnostics);

    /// <summary>Returns false, with diagnostics, when no PDF could be written; <paramref name="output"/> is then untouched.</summary>
    public static bool Write(MarkdownDocument document, Stream output, PdfOptions options, DiagnosticBag diagnostics, string sourceName)
    {
        var pdf = Write(DocumentReader.FromTree(sourceName, document, diagnostics), options, diagnostics);
        if (pdf is not null) output.Write(pdf);
        return pdf is not null;
    }

    /// <summary>The PDF's bytes, or null, with diagnostics, when none could be written.</summary>
    public static byte[]? Write(ReportDocument document, PdfOptions options, DiagnosticBag diagnostics)
    {
        var sourceName = document.SourceName;
        using var shaper = CreateShaper(options, DocumentCharacters.Of(document.Tree, options), diagnostics, sourceName);
        if (shaper is null) return null;

        var pictures = new List<SvgPicture>();
        var svgFonts = shaper.TypefaceProvider();
        try
        {
            var builder = new PdfDocumentBuilder(shaper, options, svg =>
            {
                var picture = SvgPicture.Load(svg, svgFonts, out var error);
                if (picture is not null) pictures.Add(picture);
                return (picture, error);
            }, diagnostics, sourceName);
            var sections = builder.Build(document);
            if (diagnostics.HasErrors) return null;

            using var buffer = new MemoryStream();
            IReadOnlyList<OutlineEntry> outline;
            using (var skDocument = SKDocument.CreatePdf(buffer, Metadata(options.Metadata)))
            {
                using var skia = new SkiaCanvas(skDocument, shaper);
                var styles = new PdfStyles(options.BodyFontSize);
                ICanvas canvas = options.Layout == PageLayout.Submission
                    ? new LineNumberingCanvas(skia, shaper, styles.LineNumber, options.Margins.Left - options.BodyFontSize)
                    : skia;
                PageLoop.Run(sections, canvas, options.Margins,
                    (c, number, size) =>
                    {
                        DrawPageNumber(c, shaper, styles, options.Margins, number, size);
                        options.PageDrawn?.Invoke(number);
                    },
                    diagnostics, sourceName);
                outline = skia.Outline;
                skDocument.Close();
            }
            if (diagnostics.HasErrors) return null;
            return PdfCatalogAmender.Amend(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), outline, options.Metadata.Language);
        }
        finally
        {
            foreach (var picture in pictures) picture.Dispose();
        }
    }

    /// <summary>
    /// A one-page PDF the size of the SVG with just the drawing (the figure the LaTeX output includes);
    /// <paramref name="sourceName"/> names the SVG in diagnostics.
    /// </summary>
    public static bool WriteSvg(string svg, string sourceName, Stream output, PdfOptions options, DiagnosticBag diagnostics)
    {
        using var shaper = CreateShaper(options, DocumentCharacters.OfSvg(svg), diagnostics, sourceName);
        if (shaper is null) return false;
        using var picture = SvgPicture.Load(svg, shaper.TypefaceProvider(), out var error);
        if (picture is null)
        {
            diagnostics.Error(sourceName, 0, 0, PdfCodes.ImageNotSvg, $"the SVG could not be read: {error}",
                "Check that the file exists and is a valid SVG document.");
            return false;
        }
        using var buffer = new MemoryStream();
        using (var skDocument = SKDocument.CreatePdf(buffer, Metadata(options.Metadata)))
        {
            var page = skDocument.BeginPage((float)picture.Size.Width, (float)picture.Size.Height);
            page.Scale((float)SvgPicture.PointsPerPixel);
            page.Translate(-picture.Picture.CullRect.Left, -picture.Picture.CullRect.Top);
            page.DrawPicture(picture.Picture);
            skDocument.EndPage();
            skDocument.Close();
        }
        output.Write(PdfCatalogAmender.Amend(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), [], options.Metadata.Language));
        return true;
    }

    // Internal so that the DOCX writer measures table columns and draws its PNG figure with the PDF's fonts.
    internal static SkiaTextShaper? CreateShaper(PdfOptions options, IReadOnlySet<int> characters, DiagnosticBag diagnostics, string sourceName)
    {
        if (options.FontFile is { } file && !File.Exists(file))
        {
            diagnostics.Error(file, 0, 0, PdfCodes.FontUnreadable, "the PDF font file does not exist",
                "Point the font setting at an existing .ttf or .otf file, or remove it to use the serif font found on the system.");
            return null;
        }
        var fonts = FontLocator.FindSerif(options.FontFile);
        if (fonts is null)
        {
            diagnostics.Error(sourceName, 0, 0, PdfCodes.NoFont,
                "no serif font was found for the PDF (looked for DejaVu Serif, Liberation Serif, Noto Serif and Times New Roman in " +
                string.Join(", ", FontLocator.SearchFolders) + ")",
                "Install one of them (for example the fonts-dejavu package), or set the PDF font setting or REPORTGEN_FONT to a .ttf/.otf file.");
            return null;
        }
        var shaper = SkiaTextShaper.TryCreate(fonts, FontLocator.FindMonospace(), characters, out var unreadable);
        if (shaper is null)
            diagnostics.Error(unreadable ?? sourceName, 0, 0, PdfCodes.FontUnreadable, "the font file could not be loaded as a TrueType or OpenType font",
                "Use a .ttf or .otf file; font collections and Type 1 fonts are not supported.");
        return shaper;
    }

    private static SKDocumentPdfMetadata Metadata(PdfMetadata metadata)
    {
        var pdf = new SKDocumentPdfMetadata
        {
            Title = metadata.Title ?? "",
            Author = metadata.Author ?? "",
            Subject = metadata.Subject ?? "",
            Keywords = metadata.Keywords ?? "",
            Creator = "ReportGen",
            Producer = "ReportGen",
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        if (metadata.Date is { } date)
        {
            pdf.Creation = date.UtcDateTime;
            pdf.Modified = date.UtcDateTime;
        }
        return pdf;
    }

    private static void DrawPageNumber(ICanvas canvas, SkiaTextShaper shaper, PdfStyles styles, Margins margins, int number, Size page)
    {
        var text = shaper.Shape(number.ToString(CultureInfo.InvariantCulture), styles.PageNumber);
        var baseline = page.Height - margins.Bottom / 2;
        canvas.DrawText(text, new Point((page.Width - text.Width) / 2, baseline));
    }
}
