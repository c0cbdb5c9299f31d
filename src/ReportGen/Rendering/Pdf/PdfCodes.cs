namespace ReportGen.Rendering.Pdf;

/// <summary>Diagnostic codes of the PDF writer (RG400–RG406, and RG450–RG451 for typesetting); the diagnostic catalogue says what each means.</summary>
internal static class PdfCodes
{
    public const string NoFont = "RG400";
    public const string MissingGlyph = "RG401";
    public const string NothingFits = "RG402";
    public const string ImageMissing = "RG403";
    public const string ImageNotSvg = "RG404";
    public const string FontUnreadable = "RG406";
    public const string OverfullLine = "RG450";
    public const string NoHyphenationPatterns = "RG451";
}
