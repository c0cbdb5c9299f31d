namespace ReportGen.Rendering.Latex;

/// <summary>Diagnostic codes of the LaTeX writer (range RG300–RG349; RG303 and RG304 are the document model's).</summary>
internal static class LatexDiagnosticCodes
{
    public const string UnmappedCharacter = "RG300";
    public const string RawHtml = "RG301";
    public const string UnsupportedElement = "RG302";
    public const string FigureWithoutImage = "RG305";
    public const string UnusableImagePath = "RG306";
    public const string NestingTooDeep = "RG307";
    public const string TemplateWithoutDocument = "RG312";
    public const string UnknownLanguage = "RG313";
}
