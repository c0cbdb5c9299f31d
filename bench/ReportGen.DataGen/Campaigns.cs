namespace ReportGen.DataGen;

internal sealed record SyntheticCampaign(
    IReadOnlyList<SyntheticResource> Resources, string Country, string Name, string Purpose, string Population,
    string DurationType, string Duration, IReadOnlyList<string> Guidelines, IReadOnlyList<string> Strategies,
    string Incentives, string Disincentives, string KeyMessage, string Provenance)
{
    public static readonly string[] Header =
    [
        "id", "resources", "country", "name", "purpose", "population", "duration_type", "duration", "guidelines",
        "strategies", "incentives", "disincentives", "key_message", "provenance",
    ];

    public IReadOnlyList<string> Cells =>
    [
        Resources[0].Id, string.Join("; ", Resources.Select(r => r.Id)), Country, Name, Purpose, Population, DurationType,
        Duration, string.Join("; ", Guidelines), string.Join("; ", Strategies), Incentives, Disincentives, KeyMessage, Provenance,
    ];
}

/// <summary>Invents campaign rows: enumerated cells drawn with the shipped review's frequencies, text cells from the vocabulary.</summary>
internal sealed class CampaignFactory(Random random, ShippedData shipped)
{
    public SyntheticCampaign Create(IReadOnlyList<SyntheticResource> resources)
    {
        var year = resources[0].Year;
        var guidelines = InReportingOrder(shipped.Guidelines.DrawDistinct(random, shipped.GuidelinesPerCampaign.Draw(random)));
        var strategies = InReportingOrder(shipped.Strategies.DrawDistinct(random, shipped.StrategiesPerCampaign.Draw(random)));
        return new SyntheticCampaign(
            resources,
            shipped.Countries.Draw(random),
            $"{One(Vocabulary.Programs)} ({One(Vocabulary.Places)}{(random.NextDouble() < 0.3 ? $", {year - 2}–{year}" : "")})",
            One(Vocabulary.PurposeVerbs) + " " + One(Vocabulary.PurposeTargets) + One(Vocabulary.PurposeClauses),
            shipped.Populations.Draw(random),
            shipped.DurationTypes.Draw(random),
            Duration(year),
            guidelines,
            strategies,
            random.NextDouble() < 0.1 ? One(Vocabulary.Incentives) : "",
            random.NextDouble() < 0.03 ? One(Vocabulary.Disincentives) : "",
            random.NextDouble() < 0.05 ? "Not reported" : One(Vocabulary.KeyMessages) + One(Vocabulary.KeyMessageEndings),
            Vocabulary.Provenance(random, 0.8, 3));
    }

    private string Duration(int year)
    {
        if (random.NextDouble() < 0.4)
        {
            var start = year - random.Next(2, 6);
            return $"{One(Vocabulary.Months)} {start} – {One(Vocabulary.Months)} {start + random.Next(1, 4)}";
        }
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, One(Vocabulary.DurationPhrases), random.Next(4, 25));
    }

    private List<string> InReportingOrder(List<string> ids) => ids.OrderBy(id => shipped.Order[id]).ToList();

    private string One(string[] pool) => pool[random.Next(pool.Length)];
}
