using System.Globalization;

namespace ReportGen.DataGen;

/// <summary>
/// A complete PRISMA 2020 flow whose arithmetic holds (every rule of FlowChecks passes) and which ends in the
/// synthetic review's resources: every count is reported, with per-database lists and exclusion reasons.
/// </summary>
internal static class Flow
{
    public static Dictionary<string, string> Counts(int included, int studies, Random random)
    {
        var counts = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string data, int n) => counts[data] = n.ToString(CultureInfo.InvariantCulture);
        int Share(int n, double low, double high) => (int)Math.Round(n * (low + random.NextDouble() * (high - low)));

        // Databases and registers: about four in five included reports, worked backwards from inclusion.
        var fromDatabases = Share(included, 0.75, 0.85);
        var dbExcluded = Share(fromDatabases, 2, 4);
        var dbAssessed = fromDatabases + dbExcluded;
        var dbNotRetrieved = Share(dbAssessed, 0, 0.05);
        var dbSought = dbAssessed + dbNotRetrieved;
        var recordsExcluded = Share(dbSought, 5, 15);
        var screened = dbSought + recordsExcluded;
        var duplicates = Share(screened, 0.15, 0.3);
        var automatic = Share(screened, 0.02, 0.08);
        var removedOther = Share(screened, 0, 0.02);
        var identified = screened + duplicates + automatic + removedOther;
        var registers = Share(identified, 0.02, 0.06);
        var databases = identified - registers;

        Set("database_results", databases);
        counts["database_specific_results"] = Breakdown(Vocabulary.Databases, databases, random);
        Set("register_results", registers);
        counts["register_specific_results"] = Breakdown(Vocabulary.Registers, registers, random);
        Set("duplicates", duplicates);
        Set("excluded_automatic", automatic);
        Set("excluded_other", removedOther);
        Set("records_screened", screened);
        Set("records_excluded", recordsExcluded);
        Set("dbr_sought_reports", dbSought);
        Set("dbr_notretrieved_reports", dbNotRetrieved);
        Set("dbr_assessed", dbAssessed);
        counts["dbr_excluded"] = Breakdown(Vocabulary.ExclusionReasons, dbExcluded, random);

        // Other methods (websites, organisations, citation searching): the remaining included reports.
        var fromOther = included - fromDatabases;
        var otherExcluded = Share(fromOther, 1, 2);
        var otherAssessed = fromOther + otherExcluded;
        var otherNotRetrieved = Share(otherAssessed, 0, 0.05);
        var otherSought = otherAssessed + otherNotRetrieved;
        var otherIdentified = otherSought + Share(otherSought, 0.5, 2);
        var citations = Share(otherIdentified, 0.05, 0.15);
        var organisations = Share(otherIdentified, 0.1, 0.3);
        Set("website_results", otherIdentified - citations - organisations);
        Set("organisation_results", organisations);
        Set("citations_results", citations);
        Set("other_sought_reports", otherSought);
        Set("other_notretrieved_reports", otherNotRetrieved);
        Set("other_assessed", otherAssessed);
        counts["other_excluded"] = Breakdown(Vocabulary.ExclusionReasons, otherExcluded, random);

        // As in the shipped review, the included resources are the reports and the campaigns the studies; there is no previous version.
        foreach (var data in new[] { "new_reports", "total_reports" }) Set(data, included);
        foreach (var data in new[] { "new_studies", "total_studies" }) Set(data, studies);
        return counts;
    }

    /// <summary>"Name, n; Name, n" with counts that add up to <paramref name="total"/>.</summary>
    private static string Breakdown(string[] names, int total, Random random)
    {
        var weights = names.Select(_ => 0.2 + random.NextDouble()).ToArray();
        var parts = weights.Select(w => (int)(total * w / weights.Sum())).ToArray();
        parts[0] += total - parts.Sum();
        return string.Join("; ", names.Select((name, i) => $"{name}, {parts[i].ToString(CultureInfo.InvariantCulture)}"));
    }
}
