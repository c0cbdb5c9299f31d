using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>The ids campaigns may refer to, gathered from the files read before campaigns.csv.</summary>
internal sealed record ReferenceTargets(
    KeyRegistry Resources, IReadOnlyDictionary<string, KeyRegistry> Values, KeyRegistry Guidelines, CodebookIds Codebook);

/// <summary>Reads campaigns.csv and checks every id it names against the other files.</summary>
internal static class CampaignReader
{
    /// <returns>The campaigns, and every resource id named by a campaign row, even a row with other errors.</returns>
    public static (IReadOnlyList<Campaign> Campaigns, IReadOnlySet<string> UsedResources) Read(
        BoundTable? table, ReferenceTargets targets, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Campaigns.FileName, "campaign");
        var campaigns = new List<Campaign>();
        var usedResources = new HashSet<string>(StringComparer.Ordinal);
        if (table is null) return (campaigns, usedResources);

        foreach (var row in table.Rows(diagnostics))
        {
            usedResources.UnionWith(MultiValue.Split(row.Optional("resources")));
            if (!row.IsWellFormed) continue;
            var id = row.Required("id");
            var isNew = id is not null && registry.Add(id, row, row.Cell("id"));
            var resources = RequiredList(row, "resources", targets.Resources, DataCodes.UnknownResource);
            var country = Value(row, "country", targets);
            var name = row.Required("name");
            var purpose = row.Required("purpose");
            var population = Value(row, "population", targets);
            var durationType = Value(row, "duration_type", targets);
            var guidelines = References.CheckList(row, "guidelines", targets.Guidelines, DataCodes.UnknownGuideline);
            var strategies = Strategies(row, targets.Codebook);
            if (!isNew || resources is null || country is null || name is null || purpose is null
                || population is null || durationType is null || strategies is null) continue;

            campaigns.Add(new Campaign(id!, resources, country, name, purpose, population, durationType,
                row.Optional("duration"), guidelines, strategies, row.Optional("incentives"), row.Optional("disincentives"),
                row.Optional("key_message"), row.Optional("provenance"), row.Source));
        }
        return (campaigns, usedResources);
    }

    private static IReadOnlyList<string>? RequiredList(DataRow row, string column, KeyRegistry target, string code) =>
        row.RequiredValues(column) is null ? null : References.CheckList(row, column, target, code);

    private static string? Value(DataRow row, string column, ReferenceTargets targets)
    {
        var value = row.Required(column);
        return value is not null && References.Check(row, row.Cell(column), value, targets.Values[column], DataCodes.UnknownValue)
            ? value
            : null;
    }

    private static IReadOnlyList<string>? Strategies(DataRow row, CodebookIds codebook)
    {
        var codes = RequiredList(row, "strategies", codebook.Codes, DataCodes.UnknownCode);
        if (codes is null) return null;
        foreach (var code in codes)
        {
            if (!codebook.Children.TryGetValue(code, out var children)) continue;
            row.Error(row.Cell("strategies"), DataCodes.CodeNotLeaf,
                $"code '{code}' is a method or group of codes, not a sub-type",
                $"Campaigns name the most specific codes; use one or more of {string.Join(", ", children.Select(c => $"'{c}'"))}.");
        }
        return codes;
    }
}
