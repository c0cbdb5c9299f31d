using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>A value as written in resources.csv or resources.json, with the place it was written.</summary>
internal readonly record struct LocatedValue(string Text, SourceRef At);

/// <summary>
/// One resource as read from either file, before its values are checked: each reader fills it from its own syntax,
/// and <see cref="ResourceChecks"/> checks both the same way, so a bad DOI is the same error at a CSV cell or at
/// a JSON value.
/// </summary>
internal sealed class ResourceEntry(SourceRef start)
{
    /// <summary>The row, or the JSON object's opening brace: where a field the entry lacks is reported.</summary>
    public SourceRef Start { get; } = start;

    /// <summary>Values by resources.csv's column names (id, year, title, type, container, …); empty ones left out.</summary>
    public Dictionary<string, LocatedValue> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>The authors, or null when they were missing or malformed (already reported).</summary>
    public IReadOnlyList<Author>? Authors { get; set; }

    public SourceRef AuthorsAt { get; set; }

    /// <summary>The entry says "et al.": the sources name authors the list does not hold.</summary>
    public bool MoreAuthors { get; set; }

    /// <summary>People whose initials no source gives ("Khoury," in the CSV, a family name without given in CSL-JSON).</summary>
    public List<string> WithoutInitials { get; } = [];

    /// <summary>A value was already reported as wrong by the reader, so the entry makes no resource.</summary>
    public bool Failed { get; set; }

    private readonly Dictionary<string, SourceRef> _places = new(StringComparer.Ordinal);

    public void Set(string field, string text, SourceRef at)
    {
        _places[field] = at;
        var trimmed = text.Trim();
        if (trimmed.Length > 0) Values[field] = new LocatedValue(trimmed, at);
    }

    public string Get(string field) => Values.TryGetValue(field, out var value) ? value.Text : "";

    /// <summary>Where the field was written (an empty CSV cell too), or where the entry starts when it was not.</summary>
    public SourceRef At(string field) => _places.TryGetValue(field, out var at) ? at : Start;
}
