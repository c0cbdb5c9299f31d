namespace ReportGen.Rendering.Pdf.Text;

/// <summary>Turns text into glyphs in the document's fonts; layout only ever reads widths from here.</summary>
internal interface ITextShaper
{
    ShapedText Shape(string text, TextStyle style);
}
