using ReportGen.Diagnostics;
using ReportGen.Build;
using ReportGen.Rendering;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Html;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Benchmarks;

/// <summary>
/// The in-process stages of <c>reportgen build</c>, each run on the product of the stage before it (kept by
/// <see cref="ReviewFixture"/>). A stage that writes several documents (manuscript, table2, abbreviations) writes
/// all of them, as a build does. Both the BenchmarkDotNet suite and the quick stopwatch table run these.
/// </summary>
internal static class Stages
{
    public static readonly IReadOnlyList<(string Name, Func<ReviewFixture, object> Run)> All =
    [
        ("read and validate", f => f.Load()),
        ("analyse", f => f.Analyze()),
        ("templates", f => f.RenderMarkdown()),
        ("Markdown parse", f => f.ParseDocuments()),
        ("PRISMA figure (layout and SVG)", f => f.DrawFlowDiagram()),
        ("GitHub Markdown", Markdown),
        ("LaTeX", Latex),
        ("PDF", Pdf),
        ("DOCX", Docx),
        ("HTML", Html),
        ("claims.json", f => ClaimsJson.Write(f.Documents).Length),
        ("DOCX manuscript", f => Docx(f, "manuscript")),
        ("DOCX table2", f => Docx(f, "table2")),
        ("DOCX abbreviations", f => Docx(f, "abbreviations")),
        ("PRISMA figure (PDF)", PrismaPdf),
    ];

    public static object Markdown(ReviewFixture f) => f.Documents.Sum(d => GithubMarkdownWriter.Write(d.Tree).Length);

    public static object Latex(ReviewFixture f) => f.Documents.Sum(d =>
        (LatexWriter.WriteDocument(d, f.Preamble, f.PreamblePath, f.Review.Info.Values, new DiagnosticBag())
         ?? throw new InvalidOperationException($"{f.Name}: {d.Name}.tex was not written.")).Length);

    public static object Pdf(ReviewFixture f) => f.Documents.Sum(d =>
        (PdfWriter.Write(d, f.PdfOptions, new DiagnosticBag())
         ?? throw new InvalidOperationException($"{f.Name}: {d.Name}.pdf was not written.")).Length);

    public static object Html(ReviewFixture f) => f.Documents.Sum(d => new HtmlWriter(f.WriterSettings).Page(d).Length);

    public static object Docx(ReviewFixture f) => f.Documents.Sum(d => WriteDocx(f, d));

    /// <summary>One document's DOCX, so that the table gives the time per document.</summary>
    public static object Docx(ReviewFixture f, string document) => WriteDocx(f, f.Documents.Single(d => d.Name == document));

    private static long WriteDocx(ReviewFixture f, ReportGen.Document.ReportDocument document) =>
        (DocxWriter.Write(document, f.DocxOptions, new DiagnosticBag())
         ?? throw new InvalidOperationException($"{f.Name}: {document.Name}.docx was not written.")).LongLength;

    public static object PrismaPdf(ReviewFixture f)
    {
        using var pdf = new MemoryStream();
        if (!PdfWriter.WriteFigure(f.Figure.Layout, ReportBuilder.FigureFileName, pdf, f.PdfOptions, new DiagnosticBag()))
            throw new InvalidOperationException($"{f.Name}: prisma.pdf was not written.");
        return pdf.Length;
    }
}
