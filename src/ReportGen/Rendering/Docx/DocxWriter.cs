using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Writes the Markdown document tree as a Word document (DOCX) with the Open XML SDK: Word styles rather than
/// direct formatting, captions with SEQ fields and cross-references to them, real tables with repeated headers,
/// landscape sections, SVG figures, and the same bytes for the same input.
/// </summary>
internal sealed class DocxWriter(WriterSettings settings) : IDocumentWriter
{
    public string Extension => "docx";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) =>
        Write(document, new DocxOptions { Page = settings.Pdf, Layout = settings.Layout, Reference = settings.WordReference }, diagnostics);

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string ExtendedContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    private static readonly (string Prefix, string Uri)[] RootNamespaces =
    [
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        ("asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main"),
    ];

    /// <summary>The DOCX's bytes, or null, with diagnostics, when it could not be written.</summary>
    public static byte[]? Write(ReportDocument document, DocxOptions options, DiagnosticBag diagnostics)
    {
        var date = options.Page.Metadata.Date ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var language = DocxText.Clean(options.Page.Metadata.Language is { Length: > 0 } l ? l : "en");
        var page = options.Reference?.Page ?? PageGeometry.Of(options.Page);
        var errorsBefore = diagnostics.ErrorCount;

        using var buffer = DeterministicZip.PackageBuffer();
        // Every relationship gets an id of ours: the SDK's own are random, and would change the bytes on every build.
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Stored, not compressed: DeterministicZip compresses every part once when it rewrites the package, and
            // a large review's document.xml is tens of megabytes.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            DocxPackageParts.WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2"), options.Page.Metadata, date);
            DocxPackageParts.WriteExtendedProperties(package.AddNewPart<ExtendedFilePropertiesPart>(ExtendedContentType, "rId3"));

            var styles = StyleSheet.Install(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), options.Reference, language, options.Layout);
            DocxPackageParts.WriteSettings(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), language);
            if (options.Reference?.Theme is { } theme)
                using (var stream = new MemoryStream(theme, writable: false)) main.AddNewPart<ThemePart>("rIdTheme").FeedData(stream);
            const string footerId = "rIdFooter";
            DocxPackageParts.WriteFooter(main.AddNewPart<FooterPart>(footerId), styles);

            using var context = new DocxContext(main, styles, CaptionIndex.Of(document), page, options, document, diagnostics);
            DocxNumbering numbering;
            using (var writer = OpenXmlWriter.Create(main, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.WriteStartDocument();
                // Declared once on the root, as Word does, rather than on every element that uses them.
                writer.WriteStartElement(new DocumentFormat.OpenXml.Wordprocessing.Document(), [],
                    RootNamespaces.Select(n => new KeyValuePair<string, string>(n.Prefix, n.Uri)));
                writer.WriteStartElement(new DocumentFormat.OpenXml.Wordprocessing.Body());
                var body = new DocxBody(context, footerId, new BodyWriter(writer));
                body.Write(document);
                writer.WriteEndElement();
                writer.WriteEndElement();
                numbering = body.Numbering;
            }
            numbering.WriteTo(main, "rIdNumbering");
        }
        if (diagnostics.ErrorCount > errorsBefore) return null;
        return DeterministicZip.Normalize(buffer, date);
    }
}
