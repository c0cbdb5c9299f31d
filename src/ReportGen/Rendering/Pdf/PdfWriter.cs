using System.Globalization;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Text;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Markdown;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Pdf.Writer;
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

        var pictures = new List<IDisposable>();
        try
        {
            var sections = Sections(document, shaper, options, pictures, diagnostics);
            if (diagnostics.HasErrors) return null;
            if (options.Backend == PdfBackend.Own && pictures.Count == 0)
            {
                var drawn = new DiagnosticBag();
                var pdf = DrawOwn(sections, shaper, options, drawn, sourceName);
                if (!shaper.UsesSystemFaces)
                {
                    foreach (var diagnostic in drawn.Items) diagnostics.Add(diagnostic);
                    return diagnostics.HasErrors ? null : pdf;
                }
                // Text that only a system font could draw (a font collection, perhaps, which this writer cannot embed):
                // Skia draws the document again from a fresh layout.
                sections = Sections(document, shaper, options, pictures, new DiagnosticBag());
            }
            var skiaPdf = DrawSkia(sections, shaper, options, diagnostics, sourceName);
            return diagnostics.HasErrors ? null : skiaPdf;
        }
        finally
        {
            foreach (var picture in pictures) picture.Dispose();
        }
    }

    private static IReadOnlyList<Section> Sections(ReportDocument document, SkiaTextShaper shaper, PdfOptions options,
        List<IDisposable> pictures, DiagnosticBag diagnostics) =>
        new PdfDocumentBuilder(shaper, options, svg => LoadSvg(svg, shaper, pictures), diagnostics, document.SourceName).Build(document);

    private static byte[] DrawOwn(IReadOnlyList<Section> sections, SkiaTextShaper shaper, PdfOptions options, DiagnosticBag diagnostics,
        string sourceName)
    {
        using var file = new PdfFile();
        var info = file.Reserve();
        file.Object(info, o => PdfInformation.Write(o, options.Metadata));
        var pages = new PdfPageCanvas(file, shaper);
        RunPages(sections, pages, shaper, options, diagnostics, sourceName);
        var root = pages.Finish();
        return PdfCatalogAmender.Amend(file.Finish(root, info), pages.Outline, options.Metadata.Language);
    }

    private static byte[] DrawSkia(IReadOnlyList<Section> sections, SkiaTextShaper shaper, PdfOptions options, DiagnosticBag diagnostics, string sourceName)
    {
        using var buffer = new MemoryStream();
        IReadOnlyList<OutlineEntry> outline;
        using (var skDocument = SKDocument.CreatePdf(buffer, Metadata(options.Metadata)))
        {
            using var skia = new SkiaCanvas(skDocument, shaper);
            RunPages(sections, skia, shaper, options, diagnostics, sourceName);
            outline = skia.Outline;
            skDocument.Close();
        }
        return PdfCatalogAmender.Amend(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), outline, options.Metadata.Language);
    }

    // Internal so that the benchmarks set the same pages through another PDF library (bench/…/PdfSharpWriter.cs).
    internal static void RunPages(IReadOnlyList<Section> sections, ICanvas surface, SkiaTextShaper shaper, PdfOptions options,
        DiagnosticBag diagnostics, string sourceName)
    {
        var styles = new PdfStyles(options.BodyFontSize);
        LineBreakAhead.Run(sections, options.Margins);
        var canvas = options.Layout == PageLayout.Submission
            ? new LineNumberingCanvas(surface, shaper, styles.LineNumber, options.Margins.Left - options.BodyFontSize)
            : surface;
        PageLoop.Run(sections, canvas, options.Margins,
            (c, number, size) =>
            {
                DrawPageNumber(c, shaper, styles, options.Margins, number, size);
                options.PageDrawn?.Invoke(number);
            },
            diagnostics, sourceName);
    }

    /// <summary>
    /// Svg.Skia is reached only through here, for an SVG image that is not a figure the build laid out, so that a
    /// build whose only figure is its own never loads it (its first use cost about a quarter of a second).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (IPicture?, string?) LoadSvg(string svg, SkiaTextShaper shaper, List<IDisposable> pictures)
    {
        var picture = SvgPicture.Load(svg, LoadedFontsTypefaceProvider.Of(shaper), out var error);
        if (picture is not null) pictures.Add(picture);
        return (picture, error);
    }

    /// <summary>
    /// A one-page PDF the size of the figure with just the drawing (the figure the LaTeX output includes), drawn from
    /// its layout; <paramref name="sourceName"/> names the figure in diagnostics.
    /// </summary>
    public static bool WriteFigure(PrismaFigure figure, string sourceName, Stream output, PdfOptions options, DiagnosticBag diagnostics)
    {
        using var shaper = CreateShaper(options, DocumentCharacters.OfFigure(figure), diagnostics, sourceName);
        if (shaper is null) return false;
        var pdf = options.Backend == PdfBackend.Own ? DrawFigure(figure, shaper, options) : null;
        output.Write(pdf is null || shaper.UsesSystemFaces ? DrawFigureWithSkia(figure, shaper, options) : pdf);
        return true;
    }

    private static byte[] DrawFigure(PrismaFigure figure, SkiaTextShaper shaper, PdfOptions options)
    {
        using var file = new PdfFile();
        var info = file.Reserve();
        file.Object(info, o => PdfInformation.Write(o, options.Metadata));
        var pages = new PdfPageCanvas(file, shaper);
        DrawFigurePage(pages, figure, shaper);
        var root = pages.Finish();
        return PdfCatalogAmender.Amend(file.Finish(root, info), [], options.Metadata.Language);
    }

    private static byte[] DrawFigureWithSkia(PrismaFigure figure, SkiaTextShaper shaper, PdfOptions options)
    {
        using var buffer = new MemoryStream();
        using (var skDocument = SKDocument.CreatePdf(buffer, Metadata(options.Metadata)))
        {
            using var canvas = new SkiaCanvas(skDocument, shaper);
            DrawFigurePage(canvas, figure, shaper);
            skDocument.Close();
        }
        return PdfCatalogAmender.Amend(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), [], options.Metadata.Language);
    }

    private static void DrawFigurePage(ICanvas canvas, PrismaFigure figure, SkiaTextShaper shaper)
    {
        var size = new Size(figure.Width, figure.Height);
        canvas.BeginPage(size);
        canvas.DrawPicture(new FigurePicture(figure, shaper), new Rect(0, 0, size.Width, size.Height));
        canvas.EndPage();
    }

    // Internal so that the DOCX writer measures table columns and draws its PNG figure with the PDF's fonts.
    internal static SkiaTextShaper? CreateShaper(PdfOptions options, IReadOnlySet<int> characters, DiagnosticBag diagnostics, string sourceName) =>
        TextFonts.Open(options.FontFile, characters, diagnostics, sourceName);

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
