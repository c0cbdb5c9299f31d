using DocumentFormat.OpenXml.Packaging;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// What the parts of one DOCX share while it is written: the package, styles, captions, page, and counters that
/// number relationships, bookmarks and drawings in document order, so that two builds give the same ids.
/// </summary>
internal sealed class DocxContext(
    MainDocumentPart main, StyleSheet styles, CaptionIndex captions, PageGeometry page, DocxOptions options,
    ReportDocument document, DiagnosticBag diagnostics) : IDisposable
{
    private readonly Lazy<SkiaTextShaper?> _shaper = new(() =>
        PdfWriter.CreateShaper(options.Page, DocumentCharacters.Of(document.Tree, options.Page), diagnostics, document.SourceName));
    private int _relationships;
    private int _bookmarks;
    private int _drawings;

    public MainDocumentPart Main => main;
    public StyleSheet Styles => styles;
    public CaptionIndex Captions => captions;
    public PageGeometry Page => page;
    public DocxOptions Options => options;
    public DiagnosticBag Diagnostics => diagnostics;
    public ReportDocument Document => document;
    public string SourceName => document.SourceName;

    /// <summary>The PDF's fonts, for measuring table columns and drawing the PNG figure; null, with an error, when there are none.</summary>
    public SkiaTextShaper? Shaper => _shaper.Value;

    public string NextRelationshipId(string kind) => $"rId{kind}{++_relationships}";
    public int NextBookmarkId() => ++_bookmarks;
    public uint NextDrawingId() => (uint)++_drawings;

    public void Dispose()
    {
        if (_shaper.IsValueCreated) _shaper.Value?.Dispose();
    }
}
