using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Prisma;

namespace ReportGen.Rendering.Pdf;

internal enum PaperSize { A4, Letter }

/// <summary><see cref="Submission"/>: 12 pt, double-spaced, line numbers in the margin, as journals ask for review.</summary>
internal enum PageLayout { Draft, Submission }

/// <summary>
/// <see cref="Own"/>: page content written from the shaped glyphs by ReportGen (Pdf/Writer); <see cref="Skia"/>: Skia's
/// PDF backend. Both draw the same layout with the same glyphs at the same positions.
/// </summary>
internal enum PdfBackend { Own, Skia }

/// <summary>Document information written into the PDF. <see cref="Date"/> is both creation and modification date.</summary>
internal sealed record PdfMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    /// <summary>BCP 47 tag written as the catalog's /Lang, for screen readers.</summary>
    public string? Language { get; init; } = "en";
    /// <summary>Fixed so that two builds are byte-identical; left out of the file when null.</summary>
    public DateTimeOffset? Date { get; init; }
}

internal sealed record PdfOptions
{
    public PaperSize PaperSize { get; init; } = PaperSize.A4;
    /// <summary>Margins in points; 72 pt = 1 inch = 25.4 mm.</summary>
    public Margins Margins { get; init; } = Margins.All(72);
    public bool Justify { get; init; } = true;
    public double BodyFontSize { get; init; } = 10.5;
    /// <summary>A TTF/OTF file used for all body text instead of the serif family <c>FontLocator</c> finds.</summary>
    public string? FontFile { get; init; }
    /// <summary>Folder that relative image paths in the Markdown are resolved against when <see cref="Images"/> lacks them.</summary>
    public string BaseDirectory { get; init; } = ".";
    /// <summary>
    /// SVG images the build made, by the file name the Markdown gives them: the figure is handed over in memory, so
    /// the writer neither waits for it on disk nor reads it twice.
    /// </summary>
    public IReadOnlyDictionary<string, string> Images { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Figures the build laid out, by the file name the Markdown gives their SVG: the PDF and DOCX writers draw these
    /// from the layout itself, and read <see cref="Images"/> or the disk only for other SVG images.
    /// </summary>
    public IReadOnlyDictionary<string, PrismaFigure> Figures { get; init; } = new Dictionary<string, PrismaFigure>();

    /// <summary>The SVG text of an image the Markdown names, or null when it is neither in <see cref="Images"/> nor on disk.</summary>
    internal string? ReadSvg(string url)
    {
        if (Images.TryGetValue(url, out var svg)) return svg;
        try
        {
            var path = Path.Combine(BaseDirectory, url);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
    public PdfMetadata Metadata { get; init; } = new();
    /// <summary>Called with the page count after each page is drawn, so a long layout can show its progress.</summary>
    public Action<int>? PageDrawn { get; init; }
    public PageLayout Layout { get; init; } = PageLayout.Draft;

    /// <summary>
    /// Which PDF backend draws the pages. <see cref="PdfBackend.Own"/> (the default) still hands a document to Skia when
    /// it holds an SVG picture other than a figure the build laid out, or text only a system font could draw.
    /// </summary>
    public PdfBackend Backend { get; init; } = PdfBackend.Own;

    /// <summary>Whole points, because Skia writes page sizes rounded to whole points.</summary>
    public Size PageSize => PaperSize == PaperSize.Letter ? new Size(612, 792) : new Size(595, 842);
}
