using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Pdf.Markdown;

namespace ReportGen.Benchmarks;

/// <summary>
/// A document laid out by ReportGen (the same fonts, line breaks, pages, page and line numbers as <see cref="PdfWriter"/>)
/// and written through <see cref="PdfSharpCanvas"/>: the `pages --backend pdfsharp` measurement.
/// </summary>
internal static class PdfSharpWriter
{
    public static byte[] Write(ReportDocument document, PdfOptions options)
    {
        var diagnostics = new DiagnosticBag();
        using var shaper = PdfWriter.CreateShaper(options, DocumentCharacters.Of(document.Tree, options), diagnostics, document.SourceName)
                           ?? throw new InvalidOperationException($"{document.Name}: no fonts.");
        var sections = new PdfDocumentBuilder(shaper, options, _ => (null, "only figures the build laid out are drawn"), diagnostics, document.SourceName)
            .Build(document);
        using var canvas = new PdfSharpCanvas(shaper);
        PdfWriter.RunPages(sections, canvas, shaper, options, diagnostics, document.SourceName);
        return canvas.Save();
    }
}
