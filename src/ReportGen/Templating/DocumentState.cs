namespace ReportGen.Templating;

/// <summary>
/// What one document's template run has written so far that later text depends on: the abbreviations its running
/// text has spelt out, and whether it listed Table 2's abbreviations. Owned by the run (its context), read by the build
/// once the run is over; nothing of the review's analysis changes while templates run.
/// </summary>
internal sealed class DocumentState
{
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);

    /// <summary>The glossary entries (their short forms) the text has given with their expansion.</summary>
    public IReadOnlyCollection<string> Introduced => _introduced;

    /// <summary>Whether the document printed the list of Table 2's abbreviations (<c>table_abbreviations</c>).</summary>
    public bool ListsTableAbbreviations { get; internal set; }

    /// <returns>True the first time the entry is used in this document: the text then spells it out.</returns>
    internal bool Introduce(string shortForm) => _introduced.Add(shortForm);
}
