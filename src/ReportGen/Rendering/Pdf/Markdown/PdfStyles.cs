using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>Type sizes and spacing, all derived from the body size so one setting scales the document.</summary>
internal sealed record PdfStyles(double BodySize)
{
    public TextStyle Body => new(BodySize);
    public TextStyle TableCell => new(Math.Round(BodySize * 0.8, 1));
    public TextStyle TableHeader => TableCell.With(FontStyle.Bold);
    public TextStyle Note => new(Math.Round(BodySize * 0.85, 1));
    public TextStyle Caption => new(BodySize);
    public TextStyle Code => new(Math.Round(BodySize * 0.85, 1), Monospace: true);
    public TextStyle PageNumber => new(Math.Round(BodySize * 0.9, 1));
    public TextStyle LineNumber => new(Math.Round(BodySize * 0.7, 1));

    public TextStyle Heading(int level) => new TextStyle(level switch
    {
        1 => BodySize * 1.6,
        2 => BodySize * 1.3,
        3 => BodySize * 1.12,
        _ => BodySize,
    }, level >= 4 ? FontStyle.BoldItalic : FontStyle.Bold);

    public double ParagraphSpace => BodySize * 0.6;
    public double ListIndent => BodySize * 1.8;
}
