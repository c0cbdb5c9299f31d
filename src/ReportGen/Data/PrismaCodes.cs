namespace ReportGen.Data;

/// <summary>
/// The diagnostic codes of the PRISMA flow: reading flow.csv (RG100–RG107), its arithmetic (RG110–RG124) and the
/// box text template (RG130, RG133–RG136; its syntax, runtime and limit errors are the templates' RG201–RG203). What each means is in the diagnostic catalogue (docs/diagnostics.md).
/// </summary>
internal static class PrismaCodes
{
    public const string FileUnreadable = "RG100";
    public const string MissingColumn = "RG101";
    public const string NotACount = "RG102";
    public const string NegativeCount = "RG103";
    public const string BadListItem = "RG104";
    public const string RowGivenTwice = "RG105";
    public const string UnknownDataName = "RG106";
    public const string EmptyFile = "RG107";

    public const string DatabaseBreakdown = "RG110";
    public const string RegisterBreakdown = "RG111";
    public const string RecordsScreened = "RG112";
    public const string ReportsSought = "RG113";
    public const string ReportsAssessed = "RG114";
    public const string OtherReportsAssessed = "RG115";
    public const string OtherReportsSought = "RG116";
    public const string DatabaseExclusionReasons = "RG117";
    public const string OtherExclusionReasons = "RG118";
    public const string NewStudies = "RG119";
    public const string NewReports = "RG120";
    public const string TotalStudies = "RG121";
    public const string TotalReports = "RG122";
    public const string ExclusionTooLarge = "RG123";
    public const string NegativeFlowCount = "RG124";

    public const string TemplateUnreadable = "RG130";
    public const string TextBeforeFirstBox = "RG133";
    public const string BoxWithoutText = "RG134";
    public const string UnknownBox = "RG135";
    public const string BoxGivenTwice = "RG136";
}
