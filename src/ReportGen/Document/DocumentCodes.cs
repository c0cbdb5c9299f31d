namespace ReportGen.Document;

/// <summary>
/// Diagnostic codes of reading a document's forms once for every writer (RG303, RG304: numbered when the LaTeX writer
/// read them). The diagnostic catalogue says what each means.
/// </summary>
internal static class DocumentCodes
{
    public const string InvalidColumnWidths = "RG303";
    public const string TableContainerWithoutTable = "RG304";
}
