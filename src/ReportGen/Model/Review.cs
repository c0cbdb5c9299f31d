namespace ReportGen.Model;

/// <summary>Where a value came from, so later stages can point a diagnostic at the user's cell.</summary>
internal readonly record struct SourceRef(string File, int Line, int Column = 1)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>An included resource (paper, thesis, web page) that describes a campaign.</summary>
internal sealed record Resource(
    string Id, IReadOnlyList<Author> Authors, int Year, string Title, string Journal, string Doi, SourceRef Source);

/// <summary>An author as charted: family name plus initials ("Wang", "K. Y.").</summary>
internal sealed record Author(string Family, string Initials);

/// <summary>An allowed value of a list field declared in fields.csv, listed in values.csv.</summary>
internal sealed record ValueLabel(string Field, string Id, string Label, string TableLabel, SourceRef Source);

internal sealed record Guideline(string Id, string Name, string TableLabel, bool Identified, SourceRef Source);

/// <summary>A node of the codebook: a dissemination method (no parent) or one of its sub-types.</summary>
internal sealed record Code(string Id, string? ParentId, string Label, string TableLabel, int Order, SourceRef Source);

internal sealed record Abbreviation(string Short, string Expansion, SourceRef Source);

/// <summary>A charted study (a row of campaigns.csv): its id and one cell per declared field.</summary>
internal sealed record Campaign(string Id, IReadOnlyDictionary<string, FieldCell> Cells, SourceRef Source);

/// <summary>Free key/value facts about the review itself (title, authors, date) used in document metadata.</summary>
internal sealed record ReviewInfo(IReadOnlyDictionary<string, string> Values)
{
    public string Get(string key, string fallback = "") => Values.TryGetValue(key, out var v) ? v : fallback;
}

/// <summary>The validated review: every cross-reference has been checked, so later stages can trust it.</summary>
internal sealed record Review(
    ReviewInfo Info,
    IReadOnlyList<Field> Fields,
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<Campaign> Campaigns,
    IReadOnlyList<Code> Codebook,
    IReadOnlyList<Guideline> Guidelines,
    IReadOnlyList<ValueLabel> Values,
    IReadOnlyList<Abbreviation> Abbreviations,
    FlowCounts Flow)
{
    /// <summary>The data as read, which the template limits grow with; none for a review made in code.</summary>
    public DataSize Size { get; init; }
}
