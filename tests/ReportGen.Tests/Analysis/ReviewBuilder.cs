using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Analysis;

/// <summary>
/// A validated review built in code, as the loader would return it, so analysis tests state only what they need.
/// Its fields are declared as a fields.csv would: resources, country, name, purpose, population, duration_type,
/// guidelines, strategies, incentives, disincentives. Values: countries NZ and DK, populations clinicians and
/// public, durations one_time and sustained (in that order). A campaign's resource defaults to one named after it.
/// </summary>
internal sealed class ReviewBuilder
{
    private readonly List<Code> _codes = [];
    private readonly List<Guideline> _guidelines = [];
    private readonly List<Campaign> _campaigns = [];
    private readonly List<Resource> _resources = [];

    public static readonly Field[] Fields =
    [
        Declare("resources", FieldKind.Resources, 1), Declare("country", FieldKind.One, 2), Declare("name", FieldKind.Text, 3),
        Declare("purpose", FieldKind.Text, 4), Declare("population", FieldKind.One, 5), Declare("duration_type", FieldKind.One, 6),
        Declare("guidelines", FieldKind.Guidelines, 7), Declare("strategies", FieldKind.Codes, 8),
        Declare("incentives", FieldKind.Text, null), Declare("disincentives", FieldKind.Text, null),
    ];

    private static readonly ValueLabel[] Values =
    [
        Value("country", "NZ", "New Zealand"), Value("country", "DK", "Denmark"),
        Value("population", "clinicians", "clinicians only"), Value("population", "public", "clinicians and the public"),
        Value("duration_type", "one_time", "one-time"), Value("duration_type", "sustained", "sustained"),
    ];

    /// <summary>A codebook row; rows keep the order they are added in, which is the reporting order.</summary>
    public ReviewBuilder Code(string id, string? parent = null)
    {
        _codes.Add(new Code(id, parent, id, id, _codes.Count, At("codebook.csv", _codes.Count)));
        return this;
    }

    public ReviewBuilder Guideline(string id, bool identified = true)
    {
        _guidelines.Add(new Guideline(id, id, id, identified, At("guidelines.csv", _guidelines.Count)));
        return this;
    }

    /// <param name="strategies">sub-type codes, ';'-separated, as campaigns.csv writes them</param>
    public ReviewBuilder Campaign(string id, string strategies, string country = "NZ", string population = "clinicians",
        string duration = "one_time", string guidelines = "", string? resources = null, string incentives = "", string disincentives = "")
    {
        var resourceIds = resources ?? id;
        foreach (var r in Split(resourceIds).Where(r => _resources.All(x => x.Id != r)))
            _resources.Add(new Resource(r, [new Author(r, "A.")], 2020, "Title of " + r, At("resources.csv", _resources.Count)));
        var at = At("campaigns.csv", _campaigns.Count);
        var texts = new Dictionary<string, string>
        {
            ["resources"] = resourceIds, ["country"] = country, ["name"] = "Campaign " + id, ["purpose"] = "Purpose",
            ["population"] = population, ["duration_type"] = duration, ["guidelines"] = guidelines, ["strategies"] = strategies,
            ["incentives"] = incentives.Trim(), ["disincentives"] = disincentives.Trim(),
        };
        var cells = Fields.ToDictionary(f => f.Name, f => new FieldCell(texts[f.Name],
            f.IsList ? Split(texts[f.Name]) : [], null, at));
        _campaigns.Add(new Campaign(id, cells, at));
        return this;
    }

    public Model.Review Build() => new(new ReviewInfo(new Dictionary<string, string>()), Fields, _resources, _campaigns, _codes,
        _guidelines, Values, [], FlowCounts.Empty("flow.csv"));

    public ReviewAggregates Analyze() => ReviewAnalyzer.Analyze(Build());

    private static List<string> Split(string cell) =>
        [.. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static Field Declare(string name, FieldKind kind, int? column) =>
        new(name, name, kind, false, column is { } c ? new TableColumn(c, name, "", "") : null, At("fields.csv", 0));

    private static ValueLabel Value(string field, string id, string label) => new(field, id, label, label, At("values.csv", 0));

    private static SourceRef At(string file, int index) => new(file, index + 2);
}

internal static class AggregateLookups
{
    /// <summary>The codebook node with this code.</summary>
    public static CodeNode Node(this ReviewAggregates aggregates, string code) => aggregates.AllCodes().Single(n => n.Id == code);

    public static CampaignView Campaign(this ReviewAggregates aggregates, string id) => aggregates.Campaigns.Single(c => c.Id == id);
}
