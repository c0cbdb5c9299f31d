using ReportGen.Model;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Rendering.Docx;

internal sealed record DocxOptions
{
    /// <summary>
    /// The PDF's settings that the DOCX shares: page size and margins, document properties and their date, the
    /// folder figures are read from, and the font the table columns are measured and the PNG figure drawn with.
    /// </summary>
    public PdfOptions Page { get; init; } = new();

    /// <summary>Submission: double spacing and Word's own line numbering.</summary>
    public DocumentLayout Layout { get; init; } = DocumentLayout.Draft;

    /// <summary>Styles, theme and page setup of a journal's template (templates/reference.docx), or null for ReportGen's own.</summary>
    public ReferenceDocument? Reference { get; init; }
}
