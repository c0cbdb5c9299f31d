namespace ReportGen.Rendering.Text;

/// <summary>
/// Turns text into glyphs in the document's fonts; layout only ever reads widths from here. <see cref="Shape"/> may be
/// called from several threads at once (the PDF writer cuts a long table's cells and breaks paragraphs on every core).
/// </summary>
internal interface ITextShaper
{
    ShapedText Shape(string text, TextStyle style);

    /// <summary>The same as <see cref="Shape(string, TextStyle)"/> for a piece of a longer text; a shaper that caches may avoid making a string of it.</summary>
    ShapedText Shape(ReadOnlySpan<char> text, TextStyle style) => Shape(text.ToString(), style);

    /// <summary>The body face's family name, for formats that name fonts rather than embed them (SVG).</summary>
    string FamilyName => "serif";

    /// <summary>The body face's own distance between baselines for single-spaced lines (the figure's boxes use it).</summary>
    double Spacing(TextStyle style) => style.LineHeight;
}
