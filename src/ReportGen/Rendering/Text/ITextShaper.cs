namespace ReportGen.Rendering.Text;

/// <summary>Turns text into glyphs in the document's fonts; layout only ever reads widths from here.</summary>
internal interface ITextShaper
{
    ShapedText Shape(string text, TextStyle style);

    /// <summary>The body face's family name, for formats that name fonts rather than embed them (SVG).</summary>
    string FamilyName => "serif";
}
