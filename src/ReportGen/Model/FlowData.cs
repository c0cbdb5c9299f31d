namespace ReportGen.Model;

/// <summary>The `data` names of the PRISMA2020 CSV format, and which of them hold "Name, n; Name, n" lists.</summary>
internal static class FlowData
{
    public const string PreviousStudies = "previous_studies";
    public const string PreviousReports = "previous_reports";
    public const string DatabaseResults = "database_results";
    public const string DatabaseSpecificResults = "database_specific_results";
    public const string RegisterResults = "register_results";
    public const string RegisterSpecificResults = "register_specific_results";
    public const string WebsiteResults = "website_results";
    public const string OrganisationResults = "organisation_results";
    public const string CitationsResults = "citations_results";
    public const string Duplicates = "duplicates";
    public const string ExcludedAutomatic = "excluded_automatic";
    public const string ExcludedOther = "excluded_other";
    public const string RecordsScreened = "records_screened";
    public const string RecordsExcluded = "records_excluded";
    public const string DbrSoughtReports = "dbr_sought_reports";
    public const string DbrNotRetrievedReports = "dbr_notretrieved_reports";
    public const string OtherSoughtReports = "other_sought_reports";
    public const string OtherNotRetrievedReports = "other_notretrieved_reports";
    public const string DbrAssessed = "dbr_assessed";
    public const string DbrExcluded = "dbr_excluded";
    public const string OtherAssessed = "other_assessed";
    public const string OtherExcluded = "other_excluded";
    public const string NewStudies = "new_studies";
    public const string NewReports = "new_reports";
    public const string TotalStudies = "total_studies";
    public const string TotalReports = "total_reports";
    public const string TotalStudiesMetaAnalysis = "total_studies_ma";
    public const string TotalReportsMetaAnalysis = "total_reports_ma";

    /// <summary>Every data name in the package's order, which is also the order variables are listed in hints.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        PreviousStudies, PreviousReports, DatabaseResults, DatabaseSpecificResults, RegisterResults,
        RegisterSpecificResults, WebsiteResults, OrganisationResults, CitationsResults, Duplicates,
        ExcludedAutomatic, ExcludedOther, RecordsScreened, RecordsExcluded, DbrSoughtReports,
        DbrNotRetrievedReports, OtherSoughtReports, OtherNotRetrievedReports, DbrAssessed, DbrExcluded,
        OtherAssessed, OtherExcluded, NewStudies, NewReports, TotalStudies, TotalReports,
        TotalStudiesMetaAnalysis, TotalReportsMetaAnalysis,
    ];

    /// <summary>Rows the package uses for its band boxes; they hold no count and are ignored.</summary>
    public static readonly IReadOnlySet<string> Bands = new HashSet<string>(StringComparer.Ordinal)
    {
        "identification", "screening", "included",
    };

    /// <summary>Rows whose `n` is a list; a bare number among the items is the box total.</summary>
    public static readonly IReadOnlySet<string> Lists = new HashSet<string>(StringComparer.Ordinal)
    {
        DatabaseSpecificResults, RegisterSpecificResults, DbrExcluded, OtherExcluded,
    };

    /// <summary>Counts of the "other methods" arm; the arm is drawn when any of them is reported.</summary>
    public static readonly IReadOnlyList<string> OtherArm =
    [
        WebsiteResults, OrganisationResults, CitationsResults, OtherSoughtReports,
        OtherNotRetrievedReports, OtherAssessed, OtherExcluded,
    ];

    public static readonly IReadOnlyList<string> PreviousArm = [PreviousStudies, PreviousReports];

    /// <summary>Sources summed into the identified total (citation searching starts from found studies, so it is left out).</summary>
    public static readonly IReadOnlyList<string> SearchedSources =
        [DatabaseResults, RegisterResults, WebsiteResults, OrganisationResults];
}
