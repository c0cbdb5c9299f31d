using ReportGen.Model;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating;

namespace ReportGen.Rendering;

/// <summary>What the writers need besides the document, made once per build.</summary>
/// <param name="Metadata">The review's facts (review.csv): title, authors, date, language and the rest.</param>
/// <param name="LatexPreamble">The text of templates/latex-preamble.sbn.</param>
/// <param name="LatexPreamblePath">Its path, as diagnostics name it.</param>
/// <param name="Pdf">Page, font and metadata settings of the PDF, with the figures held in memory.</param>
internal sealed record WriterSettings(
    IReadOnlyDictionary<string, string> Metadata,
    string LatexPreamble,
    string LatexPreamblePath,
    PdfOptions Pdf)
{
    /// <summary>review.csv's <c>layout</c>: draft, or submission (double spacing and line numbers in the DOCX).</summary>
    public DocumentLayout Layout { get; init; } = DocumentLayout.Draft;

    /// <summary>templates/reference.docx, read once per build, whose styles and page the DOCX takes; null when there is none.</summary>
    public ReferenceDocument? WordReference { get; init; }

    /// <summary>The build's one template runner, whose limits fit the review's data; the defaults when null.</summary>
    public TemplateRunner? Templates { get; init; }
}
