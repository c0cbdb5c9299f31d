namespace ReportGen.DataGen;

/// <summary>
/// What the synthetic review borrows from the shipped one: the ids it may use (codebook leaves, guidelines,
/// enumerated values) and how often the shipped campaigns use each, so the synthetic mix looks like the real one.
/// </summary>
internal sealed class ShippedData
{
    /// <summary>Copied byte for byte: the synthetic review uses the shipped vocabulary unchanged.</summary>
    public static readonly string[] CopiedFiles = ["fields.csv", "codebook.csv", "values.csv", "guidelines.csv", "abbreviations.csv"];

    public required string Folder { get; init; }
    public required Weighted<string> Countries { get; init; }
    public required Weighted<string> Populations { get; init; }
    public required Weighted<string> DurationTypes { get; init; }
    public required Weighted<string> Guidelines { get; init; }
    public required Weighted<string> Strategies { get; init; }
    public required Weighted<int> GuidelinesPerCampaign { get; init; }
    public required Weighted<int> StrategiesPerCampaign { get; init; }
    /// <summary>Codebook leaves and guidelines in file order, so a campaign lists them in reporting order.</summary>
    public required IReadOnlyDictionary<string, int> Order { get; init; }
    public required List<Dictionary<string, string>> ReviewRows { get; init; }
    public required List<Dictionary<string, string>> FlowRows { get; init; }
    public required IReadOnlyList<string> FlowHeader { get; init; }

    public static ShippedData Read(string folder)
    {
        List<Dictionary<string, string>> Rows(string name) => Csv.Read(Path.Combine(folder, name));
        var codebook = Rows("codebook.csv");
        var parents = codebook.Select(c => c["parent"]).ToHashSet(StringComparer.Ordinal);
        var leaves = codebook.Where(c => c["parent"] != "" && !parents.Contains(c["code"])).Select(c => c["code"]).ToList();
        var guidelines = Rows("guidelines.csv").Select(g => g["id"]).ToList();
        var values = Rows("values.csv");
        var campaigns = Rows("campaigns.csv");

        List<string> Split(string cell) => cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        // Every allowed value gets one extra count, so values the shipped campaigns never use still appear.
        Weighted<string> ByUse(IEnumerable<string> allowed, IEnumerable<string> used)
        {
            var counts = allowed.ToDictionary(v => v, _ => 1, StringComparer.Ordinal);
            foreach (var v in used) counts[v]++;
            return new Weighted<string>(counts.Select(kv => (kv.Key, (double)kv.Value)));
        }
        Weighted<string> Field(string field) =>
            ByUse(values.Where(v => v["field"] == field).Select(v => v["id"]), campaigns.Select(c => c[field]));
        Weighted<int> Sizes(string column) =>
            new(campaigns.GroupBy(c => Split(c[column]).Count).Select(g => (g.Key, (double)g.Count())));

        var flowPath = Path.Combine(folder, "flow.csv");
        return new ShippedData
        {
            Folder = folder,
            Countries = Field("country"),
            Populations = Field("population"),
            DurationTypes = Field("duration_type"),
            Guidelines = ByUse(guidelines, campaigns.SelectMany(c => Split(c["guidelines"]))),
            Strategies = ByUse(leaves, campaigns.SelectMany(c => Split(c["strategies"]))),
            GuidelinesPerCampaign = Sizes("guidelines"),
            StrategiesPerCampaign = Sizes("strategies"),
            Order = leaves.Concat(guidelines).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal),
            ReviewRows = Rows("review.csv"),
            FlowRows = Csv.Read(flowPath),
            FlowHeader = File.ReadLines(flowPath).First().Split(','),
        };
    }
}
