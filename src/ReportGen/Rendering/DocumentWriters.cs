using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Html;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Rendering;

/// <summary>The one registry of output formats: each document is written by every writer here, in this order.</summary>
internal static class DocumentWriters
{
    public static IReadOnlyList<IDocumentWriter> All(WriterSettings settings) =>
    [
        new GithubMarkdownWriter(),
        new LatexWriter(settings),
        new PdfWriter(settings),
        new DocxWriter(settings),
        new HtmlWriter(settings),
    ];
}
