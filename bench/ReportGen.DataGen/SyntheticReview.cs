namespace ReportGen.DataGen;

/// <summary>
/// Writes a synthetic review in ReportGen's data format (data/README.md): <c>campaigns</c> campaigns described by
/// about 1.1 times as many resources (one in ten campaigns has a companion report), the shipped codebook, values,
/// guidelines and abbreviations, the shipped review facts under a new title, and a consistent PRISMA flow.
/// The same seed always gives the same files.
/// </summary>
public static class SyntheticReview
{
    public const int DefaultSeed = 20240229;

    /// <returns>The number of resources written.</returns>
    public static int Write(string shippedDataFolder, string outputFolder, int campaigns, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(campaigns, 1);
        var shipped = ShippedData.Read(shippedDataFolder);
        var random = new Random(seed);
        Directory.CreateDirectory(outputFolder);
        foreach (var file in ShippedData.CopiedFiles)
            File.Copy(Path.Combine(shippedDataFolder, file), Path.Combine(outputFolder, file), overwrite: true);

        var resources = new ResourceFactory(random);
        var factory = new CampaignFactory(random, shipped);
        var rows = new List<SyntheticCampaign>(campaigns);
        for (var i = 0; i < campaigns; i++)
        {
            var main = resources.Main();
            List<SyntheticResource> described = random.NextDouble() < 0.1 ? [main, resources.Companion(main)] : [main];
            rows.Add(factory.Create(described));
        }
        // Table 2 lists campaigns by country (in values.csv order, as the shipped review does), then by year.
        var countryOrder = shipped.Countries.Items.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        rows = rows.OrderBy(c => countryOrder[c.Country]).ThenBy(c => c.Resources[0].Year).ThenBy(c => c.Resources[0].Id, StringComparer.Ordinal).ToList();
        var allResources = rows.SelectMany(c => c.Resources).ToList();

        Csv.Write(Path.Combine(outputFolder, "resources.csv"), SyntheticResource.Header, allResources.Select(r => r.Cells));
        Csv.Write(Path.Combine(outputFolder, "campaigns.csv"), SyntheticCampaign.Header, rows.Select(c => c.Cells));
        WriteReviewFacts(shipped, outputFolder, campaigns, seed);
        WriteFlow(shipped, outputFolder, Flow.Counts(allResources.Count, rows.Count, random));
        return allResources.Count;
    }

    private static void WriteReviewFacts(ShippedData shipped, string outputFolder, int campaigns, int seed)
    {
        var rows = shipped.ReviewRows.Select(r => (IReadOnlyList<string>)
        [
            r["key"],
            r["key"] == "title" ? $"Synthetic review of {campaigns} campaigns disseminating imaging guidelines for low back pain (seed {seed})" : r["value"],
        ]);
        Csv.Write(Path.Combine(outputFolder, "review.csv"), ["key", "value"], rows);
    }

    /// <summary>The shipped flow.csv with its `n` column replaced; rows the synthetic flow does not use stay NA.</summary>
    private static void WriteFlow(ShippedData shipped, string outputFolder, Dictionary<string, string> counts)
    {
        var rows = shipped.FlowRows.Select(r => (IReadOnlyList<string>)shipped.FlowHeader
            .Select(column => column == "n" ? counts.GetValueOrDefault(r["data"], "NA") : r[column]).ToList());
        Csv.Write(Path.Combine(outputFolder, "flow.csv"), shipped.FlowHeader, rows);
    }
}
