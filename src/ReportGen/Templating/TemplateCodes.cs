namespace ReportGen.Templating;

/// <summary>
/// The diagnostic codes of the document templates and what they produce (RG201–RG211, RG240–RG249). What each means is in the
/// diagnostic catalogue (docs/diagnostics.md).
/// </summary>
internal static class TemplateCodes
{
    public const string ParseError = "RG201";
    public const string RuntimeError = "RG202";
    public const string LimitExceeded = "RG203";
    public const string MissingTemplate = "RG204";
    public const string MissingDocuments = "RG205";
    public const string OutsideTemplates = "RG206";
    public const string NestedTooDeep = "RG207";
    public const string NotInGlossary = "RG210";
    public const string NeverUsed = "RG211";

    // The wording functions (RG240–RG249).
    public const string UnknownAbbreviation = "RG240";
    public const string NotWorded = "RG241";
}
