using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// The pages ReportGen lays out, written through PDFsharp 6.2.4 instead of ReportGen's own backend (issue 20 asks for
/// both to be measured). PDFsharp has no public call that draws glyph ids at given positions: <c>XGraphics.DrawString</c>
/// takes a string, maps its characters through the font's cmap and advances by the font's widths, without kerning or
/// ligatures. So each run of shaped text is drawn as its string, from the position HarfBuzz gave its first glyph, in
/// the same embedded font file (the document's subset). Words therefore start where ours do, and the letters inside a
/// word sit where the font's plain advances put them.
/// </summary>
internal sealed class PdfSharpCanvas : ICanvas, IFigureSurface, IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly Dictionary<(int Face, double Size), XFont> _fonts = [];
    private readonly string _familyPrefix;
    private PdfPage? _page;
    private XGraphics? _graphics;
    private XGraphicsState? _rotation;

    public PdfSharpCanvas(SkiaTextShaper shaper)
    {
        _familyPrefix = FontFiles.Register(shaper);
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        _document.Options.CompressContentStreams = true;
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    public void BeginPage(Size size)
    {
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(size.Width);
        _page.Height = XUnit.FromPoint(size.Height);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    public void EndPage()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Drawing outside a page.");

    public void DrawText(ShapedText text, Point baseline) => Text(text, baseline.X, baseline.Y);

    public void Text(ShapedText text, double x, double baseline)
    {
        foreach (var run in text.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            Graphics.DrawString(run.Text, Font(run.FaceIndex, text.Style.FontSize), XBrushes.Black,
                x + run.XOffsets[0], baseline + run.YOffsets[0], XStringFormats.BaseLineLeft);
        }
    }

    private XFont Font(int face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
            _fonts[(face, size)] = font = new XFont(FontFiles.Family(_familyPrefix, face), size, XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
        return font;
    }

    public void DrawLine(Point from, Point to, double thickness) =>
        Graphics.DrawLine(new XPen(XColors.Black, thickness), from.X, from.Y, to.X, to.Y);

    public void DrawPicture(IPicture picture, Rect area)
    {
        if (picture is not FigurePicture figure)
            throw new ArgumentException("Only figures the build laid out are drawn here.", nameof(picture));
        var state = Graphics.Save();
        Graphics.TranslateTransform(area.X, area.Y);
        Graphics.ScaleTransform(area.Width / picture.Size.Width, area.Height / picture.Size.Height);
        PrismaPainter.Paint(this, figure.Figure, figure.Shaper);
        Graphics.Restore(state);
    }

    public void LinkToUrl(Rect area, string url)
    {
        var page = _page ?? throw new InvalidOperationException("Drawing outside a page.");
        // PDF rectangles grow upwards from the bottom of the page.
        var height = page.Height.Point;
        page.AddWebLink(new PdfRectangle(new XPoint(area.X, height - area.Bottom), new XPoint(area.Right, height - area.Y)), url);
    }

    public void AddOutlineEntry(int level, string title, string destinationName, Point at)
    {
        if (_page is { } page) _document.Outlines.Add(title, page, true);
    }

    public void Box(FigureRect bounds, double corner, string fill, string stroke, double strokeWidth)
    {
        var pen = new XPen(XColor.FromArgb(Argb(stroke)), strokeWidth);
        var brush = new XSolidBrush(XColor.FromArgb(Argb(fill)));
        if (corner <= 0) Graphics.DrawRectangle(pen, brush, bounds.X, bounds.Y, bounds.Width, bounds.Height);
        else Graphics.DrawRoundedRectangle(pen, brush, bounds.X, bounds.Y, bounds.Width, bounds.Height, 2 * corner, 2 * corner);
    }

    public void Polyline(IReadOnlyList<FigurePoint> points, string stroke, double strokeWidth) =>
        Graphics.DrawLines(new XPen(XColor.FromArgb(Argb(stroke)), strokeWidth), points.Select(p => new XPoint(p.X, p.Y)).ToArray());

    public void Polygon(IReadOnlyList<FigurePoint> points, string fill) =>
        Graphics.DrawPolygon(new XSolidBrush(XColor.FromArgb(Argb(fill))), points.Select(p => new XPoint(p.X, p.Y)).ToArray(), XFillMode.Winding);

    public void BeginRotation(double degrees, double centerX, double centerY)
    {
        _rotation = Graphics.Save();
        Graphics.RotateAtTransform(degrees, new XPoint(centerX, centerY));
    }

    public void EndRotation()
    {
        if (_rotation is { } state) Graphics.Restore(state);
        _rotation = null;
    }

    private static int Argb(string hex) =>
        unchecked((int)0xFF000000) | int.Parse(hex.AsSpan(1), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Serves each document's font files to PDFsharp under names of their own. PDFsharp asks a process-wide resolver
    /// (set once), and each document has its own subsets, so every shaper's faces get a fresh family prefix.
    /// </summary>
    private sealed class FontFiles : IFontResolver
    {
        private static readonly FontFiles Instance = new();
        private static readonly Lock Gate = new();
        private static int s_documents;
        private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        public static string Register(SkiaTextShaper shaper)
        {
            lock (Gate)
            {
                if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = Instance;
                var prefix = "rg" + (++s_documents).ToString(System.Globalization.CultureInfo.InvariantCulture);
                for (var face = 0; face < shaper.Faces.Count; face++)
                    if (shaper.FaceFile(face) is { } file) Instance._files[Family(prefix, face)] = file;
                return prefix;
            }
        }

        public static string Family(string prefix, int face) => prefix + "-" + face.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            lock (Gate) return _files.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;
        }

        public byte[]? GetFont(string faceName)
        {
            lock (Gate) return _files.GetValueOrDefault(faceName);
        }
    }
}
