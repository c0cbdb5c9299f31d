using ReportGen.Model;

namespace ReportGen.Templating.Claims;

/// <summary>
/// What a number in the text counts: a value of a field (<see cref="Field"/> = <see cref="Value"/>), a node of the
/// PRISMA flow (<see cref="FlowNode"/>), or a list the template named (<see cref="What"/>), with the data rows behind it.
/// </summary>
internal sealed record ClaimSubject(string What, long Count, IReadOnlyList<SourceRef> Rows)
{
    public string? Field { get; init; }
    public string? Value { get; init; }
    public string? FlowNode { get; init; }

    /// <summary>"country = AUS", "flow database_results" or the template's own words for the list ("campaign_count").</summary>
    public string Describe() =>
        Field is not null ? $"{Field} = {Value}" : FlowNode is not null ? $"flow {FlowNode}" : What;

    /// <summary>"campaigns.csv rows 3, 8, 11": the rows grouped by file, in file and line order.</summary>
    public string DescribeRows() =>
        string.Join("; ", Rows.GroupBy(r => r.File).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{Path.GetFileName(g.Key)} {(g.Count() == 1 ? "row" : "rows")} {string.Join(", ", g.Select(r => r.Line).Distinct().Order())}"));
}

/// <summary>Where a claim's text landed in a document's Markdown: 0-based offset, 1-based line and column.</summary>
internal readonly record struct ClaimSpan(int Offset, int Length, int Line, int Column);

/// <summary>
/// One number a template function or a counted value wrote into a document: its text, what it counts, of what whole
/// (percentages), where the template wrote it and where it landed in the Markdown.
/// </summary>
internal sealed record Claim(string Document, int Id, string Text, string Kind, ClaimSubject Subject, ClaimSubject? Whole, SourceRef Template)
{
    public const string CountKind = "count";
    public const string PercentKind = "percent";
    public const string WordsKind = "words";

    public IReadOnlyList<ClaimSpan> Spans { get; internal set; } = [];

    /// <summary>The number as a value: the count, or the percentage of the whole.</summary>
    public decimal Value => Kind == PercentKind && Whole is { Count: > 0 } whole
        ? Math.Round(Subject.Count * 100m / whole.Count, 1, MidpointRounding.AwayFromZero)
        : Subject.Count;

    /// <summary>"the data gives 6 of 24 (25%): campaigns.csv rows 3, 8 (country = AUS)".</summary>
    public string Explain()
    {
        var given = Kind == PercentKind && Whole is { } whole
            ? $"{Subject.Count} of {whole.Count} ({Analysis.Share.Percent((int)Subject.Count, (int)Math.Max(1, whole.Count))})"
            : Subject.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = Subject.DescribeRows();
        return $"the data gives {given}{(rows.Length > 0 ? ": " + rows : "")} ({Subject.Describe()})";
    }
}
