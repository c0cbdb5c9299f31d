namespace ReportGen.Model;

/// <summary>Where a value came from, so later stages can point a diagnostic at the user's cell.</summary>
internal readonly record struct SourceRef(string File, int Line, int Column = 1)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>
/// An included resource (paper, report, thesis, web page) that describes a campaign, as structured fields a reference
/// style can arrange. A field the sources do not give is empty (and was warned about when it was read).
/// </summary>
internal sealed record Resource(string Id, IReadOnlyList<Author> Authors, int Year, string Title, SourceRef Source)
{
    /// <summary>One of <see cref="ReferenceTypes.All"/>; decides which fields a reference prints.</summary>
    public string Type { get; init; } = ReferenceTypes.Article;
    /// <summary>The sources name more authors than <see cref="Authors"/> holds ("et al." in the data).</summary>
    public bool MoreAuthors { get; init; }
    /// <summary>The journal, book, or web site that holds the work.</summary>
    public string Container { get; init; } = "";
    public string Volume { get; init; } = "";
    public string Issue { get; init; } = "";
    public string Pages { get; init; } = "";
    /// <summary>The publisher of a report or book, the university of a thesis.</summary>
    public string Publisher { get; init; } = "";
    public string Url { get; init; } = "";
    /// <summary>The DOI without its https://doi.org/ prefix.</summary>
    public string Doi { get; init; } = "";
    /// <summary>The date a web page was read, <c>YYYY-MM-DD</c>, or empty.</summary>
    public string Accessed { get; init; } = "";
}

/// <summary>An author as charted: family name plus initials ("Wang", "K. Y.").</summary>
internal sealed record Author(string Family, string Initials);

/// <summary>
/// The words for a value in running text: <see cref="Text"/> where no count chooses (a list of examples), and the forms a
/// count of one and any other count take ("symposium" / "symposia"), each the text when the data gives none.
/// </summary>
internal sealed record Wording(string Text, string Singular, string Plural)
{
    public static Wording Of(string text, string singular, string plural) =>
        new(text, singular.Length == 0 ? text : singular, plural.Length == 0 ? text : plural);

    /// <summary>The form that agrees with <paramref name="count"/>: the singular for exactly one.</summary>
    public string For(int count) => count == 1 ? Singular : Plural;
}

/// <summary>Anything whose label has a form for a count of one and another for any other count.</summary>
internal interface IWorded
{
    Wording Wording { get; }
}

/// <summary>An allowed value of a list field declared in fields.csv, listed in values.csv.</summary>
internal sealed record ValueLabel(string Field, string Id, string Label, string TableLabel, SourceRef Source) : IWorded
{
    public Wording Wording { get; init; } = Wording.Of(Label, "", "");
}

/// <param name="Abbreviation">The glossary entry whose expansion the name spells out, or "" for none.</param>
internal sealed record Guideline(string Id, string Name, string TableLabel, bool Identified, SourceRef Source)
{
    public string Abbreviation { get; init; } = "";
}

/// <summary>A node of the codebook: a dissemination method (no parent) or one of its sub-types.</summary>
internal sealed record Code(string Id, string? ParentId, string Label, string TableLabel, int Order, SourceRef Source) : IWorded
{
    public Wording Wording { get; init; } = Wording.Of(Label, "", "");

    /// <summary>A noun phrase for the category where its bare label would not read as one (an "other" category), or "".</summary>
    public string Description { get; init; } = "";
}

/// <summary>A glossary entry, with the plural forms running text uses ("CPGs", "clinical practice guidelines").</summary>
internal sealed record Abbreviation(string Short, string Expansion, SourceRef Source)
{
    public string Plural { get; init; } = Short + "s";
    public string ExpansionPlural { get; init; } = Expansion + "s";
}

/// <summary>A charted study (a row of campaigns.csv): its id and one cell per declared field.</summary>
internal sealed record Campaign(string Id, IReadOnlyDictionary<string, FieldCell> Cells, SourceRef Source);

/// <summary>Free key/value facts about the review itself (title, authors, date) used in document metadata.</summary>
internal sealed record ReviewInfo(IReadOnlyDictionary<string, string> Values)
{
    /// <summary>review.csv's key that turns Table 2's marks on inferred cells off (<c>false</c>) or on (<c>true</c>, the default).</summary>
    public const string MarkInferredKey = "mark_inferred";

    public string Get(string key, string fallback = "") => Values.TryGetValue(key, out var v) ? v : fallback;

    public bool MarksInferred => ParseSwitch(Get(MarkInferredKey, "true")) ?? true;

    /// <summary>"true"/"yes" or "false"/"no", any case; null for anything else.</summary>
    public static bool? ParseSwitch(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => null,
    };
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
