namespace ReportGen.Rendering.Fonts;

/// <summary>
/// Measures text in the font the PDF draws with, so that layouts computed for the SVG figure
/// and for PDF pages agree. Units are points (1/72 inch).
/// </summary>
internal interface ITextMeasurer
{
    double Width(string text, double fontSize, FontStyle style = FontStyle.Regular);

    /// <summary>Distance from one baseline to the next for single-spaced text.</summary>
    double LineHeight(double fontSize);

    /// <summary>The family name to write into SVG so that viewers pick the same font.</summary>
    string FamilyName { get; }
}
