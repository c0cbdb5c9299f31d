using System.Text;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Pdf.Writer;

/// <summary>
/// ReportGen's own PDF backend: writes each page's content straight from the glyph ids and positions HarfBuzz
/// computed, one <c>TJ</c> array per run of glyphs, with kerning as the array's adjustments. Skia's PDF backend spent
/// about three quarters of the writer's time on the same pages (a text object and a position per glyph, glyph
/// paths looked up for bounds, and the slowest deflate level). It draws text, rules, links, named destinations and
/// the flow diagram; a document with another SVG picture is drawn by <see cref="SkiaCanvas"/> instead.
/// </summary>
internal sealed class PdfPageCanvas : ICanvas, IFigureSurface
{
    private readonly PdfFile _file;
    private readonly PdfFonts _fonts;
    private readonly int _pagesObject;
    private readonly int _resourcesObject;
    private readonly List<int> _pages = [];
    private readonly List<(string Name, int Page, double X, double Y)> _destinations = [];
    private readonly List<OutlineEntry> _outline = [];
    private readonly PdfBytes _content = new(1 << 15);
    private readonly List<(Rect Area, string Url)> _links = [];
    private readonly Dictionary<(GlyphRun Run, double Size), byte[]> _shownGlyphs = new(RunIdentity.Instance);
    private Size _size;
    private bool _open;
    // Graphics state of the page being written, so that unchanged settings are not written again.
    private int _font = -1;
    private double _fontSize;
    private double _lineWidth = 1;
    private string _strokeColor = "#000000";
    private string _fillColor = "#000000";

    public PdfPageCanvas(PdfFile file, SkiaTextShaper shaper)
    {
        _file = file;
        _fonts = new PdfFonts(shaper);
        _pagesObject = file.Reserve();
        _resourcesObject = file.Reserve();
    }

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    public void BeginPage(Size size)
    {
        if (_open) throw new InvalidOperationException("A page is already open.");
        _open = true;
        _pages.Add(_file.Reserve());
        _size = size;
        _content.Clear();
        _links.Clear();
        _font = -1;
        _lineWidth = 1;
        _strokeColor = _fillColor = "#000000";
        // Layout works top down in points; the page's own coordinates grow upwards from the bottom.
        _content.Ascii("1 0 0 -1 0 ").Number(size.Height).Ascii(" cm\n");
    }

    public void EndPage()
    {
        var page = Page;
        var contents = _file.Reserve();
        _file.Stream(contents, _content.Span);
        var annotations = new List<int>();
        foreach (var (area, url) in _links)
        {
            var annotation = _file.Reserve();
            _file.Object(annotation, o => o.Ascii("<</Type /Annot\n/Subtype /Link\n/Rect [").Number(area.X).Byte((byte)' ')
                .Number(_size.Height - area.Bottom).Byte((byte)' ').Number(area.Right).Byte((byte)' ').Number(_size.Height - area.Y)
                .Ascii("]\n/Border [0 0 0]\n/A <</Type /Action\n/S /URI\n/URI ").HexString(Encoding.UTF8.GetBytes(url)).Ascii(">>>>"));
            annotations.Add(annotation);
        }
        _file.Object(page, o =>
        {
            o.Ascii("<</Type /Page\n/Parent ").Int(_pagesObject).Ascii(" 0 R\n/Resources ").Int(_resourcesObject)
                .Ascii(" 0 R\n/MediaBox [0 0 ").Number(_size.Width).Byte((byte)' ').Number(_size.Height).Ascii("]\n/Contents ").Int(contents).Ascii(" 0 R");
            if (annotations.Count > 0)
            {
                o.Ascii("\n/Annots [");
                foreach (var a in annotations) o.Int(a).Ascii(" 0 R ");
                o.Byte((byte)']');
            }
            o.Ascii(">>");
        });
        _open = false;
    }

    /// <summary>The current page's object number.</summary>
    private int Page => _open ? _pages[^1] : throw new InvalidOperationException("Drawing outside a page.");

    public void DrawText(ShapedText text, Point baseline) => Text(text, baseline.X, baseline.Y);

    public void Text(ShapedText text, double x, double baseline)
    {
        _fonts.Register(text);
        // Text is painted in the fill colour, which a figure's box may have left white.
        SetFill(PrismaStyle.Stroke);
        var runs = text.Runs;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Glyphs.Length == 0) continue;
            SetFont(run.FaceIndex, text.Style.FontSize);
            var size = text.Style.FontSize;
            if (HasRaisedGlyphs(run))
            {
                // Raised or lowered marks: each glyph at its own place.
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    _content.Ascii("BT\n1 0 0 -1 ").Number(x + run.XOffsets[i]).Byte((byte)' ').Number(baseline + run.YOffsets[i])
                        .Ascii(" Tm\n<").Glyph(run.Glyphs[i]).Ascii("> Tj\nET\n");
                }
                continue;
            }
            _content.Ascii("BT\n1 0 0 -1 ").Number(x + run.XOffsets[0]).Byte((byte)' ').Number(baseline).Ascii(" Tm\n");
            _content.Bytes(ShowGlyphs(run, size));
        }
    }

    /// <summary>
    /// The <c>TJ</c> array of a run and the end of its text object. It depends on the run and the size alone, not on
    /// where the run is drawn, and a long review draws the same words thousands of times, so each is written once.
    /// </summary>
    private byte[] ShowGlyphs(GlyphRun run, double size)
    {
        if (_shownGlyphs.TryGetValue((run, size), out var shown)) return shown;
        var array = new PdfBytes(16 + 8 * run.Glyphs.Length);
        array.Ascii("[<");
        var pen = (double)run.XOffsets[0];
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            // TJ moves by each glyph's width; where HarfBuzz placed the glyph elsewhere (kerning), the difference
            // is written in thousandths of an em, negative to move right.
            var shift = (run.XOffsets[i] - pen) * 1000 / size;
            if (Math.Abs(shift) > 0.005) array.Byte((byte)'>').Number(-shift).Byte((byte)'<');
            array.Glyph(run.Glyphs[i]);
            pen = run.XOffsets[i] + _fonts.Advance(run.FaceIndex, run.Glyphs[i]) * size;
        }
        array.Ascii(">] TJ\nET\n");
        return _shownGlyphs[(run, size)] = array.Span.ToArray();
    }

    /// <summary>Runs by identity (the shaper makes each word's runs once): hashing a run's glyph arrays by value would cost more than it saves.</summary>
    private sealed class RunIdentity : IEqualityComparer<(GlyphRun Run, double Size)>
    {
        public static readonly RunIdentity Instance = new();
        public bool Equals((GlyphRun Run, double Size) x, (GlyphRun Run, double Size) y) => ReferenceEquals(x.Run, y.Run) && x.Size == y.Size;
        public int GetHashCode((GlyphRun Run, double Size) key) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Run), key.Size);
    }

    private static bool HasRaisedGlyphs(GlyphRun run)
    {
        foreach (var y in run.YOffsets)
            if (y != 0) return true;
        return false;
    }

    private void SetFont(int face, double size)
    {
        if (face == _font && size == _fontSize) return;
        _font = face;
        _fontSize = size;
        _content.Byte((byte)'/').Ascii(PdfFonts.ResourceName(face)).Byte((byte)' ').Number(size).Ascii(" Tf\n");
    }

    public void DrawLine(Point from, Point to, double thickness)
    {
        SetStroke(PrismaStyle.Stroke, thickness);
        _content.Number(from.X).Byte((byte)' ').Number(from.Y).Ascii(" m ").Number(to.X).Byte((byte)' ').Number(to.Y).Ascii(" l S\n");
    }

    public void DrawPicture(IPicture picture, Rect area)
    {
        if (picture is not FigurePicture figure)
            throw new ArgumentException("This PDF backend draws only figures the build laid out.", nameof(picture));
        _content.Ascii("q\n").Number(area.Width / picture.Size.Width).Ascii(" 0 0 ").Number(area.Height / picture.Size.Height)
            .Byte((byte)' ').Number(area.X).Byte((byte)' ').Number(area.Y).Ascii(" cm\n");
        PrismaPainter.Paint(this, figure.Figure, figure.Shaper);
        _content.Ascii("Q\n");
        ForgetState();
    }

    public void LinkToUrl(Rect area, string url)
    {
        _ = Page;
        _links.Add((area, url));
    }

    public void AddOutlineEntry(int level, string title, string destinationName, Point at)
    {
        _destinations.Add((destinationName, Page, at.X, _size.Height - at.Y));
        _outline.Add(new OutlineEntry(level, title, destinationName));
    }

    public void Box(FigureRect bounds, double corner, string fill, string stroke, double strokeWidth)
    {
        SetFill(fill);
        BoxPath(bounds, corner);
        _content.Ascii("f\n");
        SetStroke(stroke, strokeWidth);
        BoxPath(bounds, corner);
        _content.Ascii("S\n");
    }

    public void Polyline(IReadOnlyList<FigurePoint> points, string stroke, double strokeWidth)
    {
        SetStroke(stroke, strokeWidth);
        PolyPath(points);
        _content.Ascii("S\n");
    }

    public void Polygon(IReadOnlyList<FigurePoint> points, string fill)
    {
        SetFill(fill);
        PolyPath(points);
        _content.Ascii("h f\n");
    }

    public void BeginRotation(double degrees, double centerX, double centerY)
    {
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        // Skia's rotation about a point, in the page's top-down coordinates.
        _content.Ascii("q\n").Number(cos).Byte((byte)' ').Number(sin).Byte((byte)' ').Number(-sin).Byte((byte)' ').Number(cos).Byte((byte)' ')
            .Number(centerX - cos * centerX + sin * centerY).Byte((byte)' ').Number(centerY - sin * centerX - cos * centerY).Ascii(" cm\n");
    }

    public void EndRotation()
    {
        _content.Ascii("Q\n");
        ForgetState();
    }

    /// <summary>After Q the state is what it was at q; forgetting it writes the next settings again, which is always right.</summary>
    private void ForgetState()
    {
        _font = -1;
        _lineWidth = -1;
        _strokeColor = _fillColor = "";
    }

    private void BoxPath(FigureRect r, double corner)
    {
        if (corner <= 0)
        {
            _content.Number(r.X).Byte((byte)' ').Number(r.Y).Byte((byte)' ').Number(r.Width).Byte((byte)' ').Number(r.Height).Ascii(" re\n");
            return;
        }
        // Quarter circles as cubic Béziers, the control points at the usual 0.5523 of the radius.
        var c = Math.Min(corner, Math.Min(r.Width, r.Height) / 2);
        var k = c * (1 - 0.5522847498);
        Move(r.X + c, r.Y);
        Line(r.Right - c, r.Y);
        Curve(r.Right - k, r.Y, r.Right, r.Y + k, r.Right, r.Y + c);
        Line(r.Right, r.Bottom - c);
        Curve(r.Right, r.Bottom - k, r.Right - k, r.Bottom, r.Right - c, r.Bottom);
        Line(r.X + c, r.Bottom);
        Curve(r.X + k, r.Bottom, r.X, r.Bottom - k, r.X, r.Bottom - c);
        Line(r.X, r.Y + c);
        Curve(r.X, r.Y + k, r.X + k, r.Y, r.X + c, r.Y);
        _content.Ascii("h\n");
    }

    private void PolyPath(IReadOnlyList<FigurePoint> points)
    {
        Move(points[0].X, points[0].Y);
        for (var i = 1; i < points.Count; i++) Line(points[i].X, points[i].Y);
    }

    private void Move(double x, double y) => _content.Number(x).Byte((byte)' ').Number(y).Ascii(" m\n");
    private void Line(double x, double y) => _content.Number(x).Byte((byte)' ').Number(y).Ascii(" l\n");

    private void Curve(double x1, double y1, double x2, double y2, double x3, double y3) =>
        _content.Number(x1).Byte((byte)' ').Number(y1).Byte((byte)' ').Number(x2).Byte((byte)' ').Number(y2).Byte((byte)' ')
            .Number(x3).Byte((byte)' ').Number(y3).Ascii(" c\n");

    private void SetStroke(string color, double width)
    {
        if (width != _lineWidth) { _content.Number(width).Ascii(" w\n"); _lineWidth = width; }
        if (color != _strokeColor) { Color(color).Ascii(" RG\n"); _strokeColor = color; }
    }

    private void SetFill(string color)
    {
        if (color != _fillColor) { Color(color).Ascii(" rg\n"); _fillColor = color; }
    }

    private PdfBytes Color(string hex)
    {
        var rgb = Convert.FromHexString(hex.AsSpan(1));
        return _content.Number(rgb[0] / 255.0).Byte((byte)' ').Number(rgb[1] / 255.0).Byte((byte)' ').Number(rgb[2] / 255.0);
    }

    /// <summary>Writes what the pages share (fonts, resources, page tree) and the catalog; returns the catalog's number.</summary>
    public int Finish()
    {
        if (_open) throw new InvalidOperationException("A page is still open.");
        _fonts.Reserve(_file);
        _file.Object(_resourcesObject, o =>
        {
            o.Ascii("<</ProcSet [/PDF /Text]\n/Font <<");
            foreach (var (name, number) in _fonts.Resources) o.Byte((byte)'/').Ascii(name).Byte((byte)' ').Int(number).Ascii(" 0 R\n");
            o.Ascii(">>>>");
        });
        _fonts.Write(_file);
        _file.Object(_pagesObject, o =>
        {
            o.Ascii("<</Type /Pages\n/Count ").Int(_pages.Count).Ascii("\n/Kids [");
            foreach (var page in _pages) o.Int(page).Ascii(" 0 R ");
            o.Ascii("]>>");
        });
        var catalog = _file.Reserve();
        _file.Object(catalog, o =>
        {
            o.Ascii("<</Type /Catalog\n/Pages ").Int(_pagesObject).Ascii(" 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>");
            if (_destinations.Count > 0)
            {
                o.Ascii("\n/Dests <<");
                foreach (var (name, page, x, y) in _destinations.OrderBy(d => d.Name, StringComparer.Ordinal))
                    o.Byte((byte)'/').Ascii(name).Ascii(" [").Int(page).Ascii(" 0 R /XYZ ").Number(x).Byte((byte)' ').Number(y).Ascii(" null]\n");
                o.Ascii(">>");
            }
            o.Ascii(">>");
        });
        return catalog;
    }
}
