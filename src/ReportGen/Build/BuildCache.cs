using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Model;

namespace ReportGen.Build;

/// <summary>
/// What a long-running process (<c>reportgen watch</c>) keeps from one build to the next, so that a template edit
/// renders the templates and writes the formats again without reading, checking or analysing unchanged data, and a
/// data edit parses only the file that changed (<see cref="DataCache"/>). A cold build has none.
/// </summary>
public sealed class BuildCache
{
    private (Review Review, ReviewAggregates Aggregates)? _analysis;

    public DataCache Data { get; } = new();

    /// <summary>The aggregates of <paramref name="review"/>, computed again only for a review read anew.</summary>
    internal ReviewAggregates Analyse(Review review)
    {
        if (_analysis is { } last && ReferenceEquals(last.Review, review)) return last.Aggregates;
        var aggregates = ReviewAnalyzer.Analyze(review);
        _analysis = (review, aggregates);
        return aggregates;
    }
}
