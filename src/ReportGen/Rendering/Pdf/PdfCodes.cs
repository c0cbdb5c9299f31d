namespace ReportGen.Rendering.Pdf;

/// <summary>Diagnostic codes of the PDF writer (RG401–RG404; RG400 and RG406 are the text layer's, in Text/TextFonts.cs; and RG450–RG451 for typesetting); the diagnostic catalogue says what each means.</summary>
internal static class PdfCodes
{
    public const string MissingGlyph = "RG401";
    public const string NothingFits = "RG402";
    public const string ImageMissing = "RG403";
    public const string ImageNotSvg = "RG404";
    public const string OverfullLine = "RG450";
    public const string NoHyphenationPatterns = "RG451";
}
