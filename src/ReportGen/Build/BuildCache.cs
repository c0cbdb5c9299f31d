using System.Security.Cryptography;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Data.Files;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Build;

/// <summary>
/// What a long-running process (<c>reportgen watch</c>) keeps from one build to the next, so that a template edit
/// renders the templates and writes the formats again without reading, checking or analysing unchanged data, and a
/// data edit parses only the file that changed (<see cref="DataCache"/>). The figure is drawn again only when the review
/// or prisma.sbn changed, so its fonts are not loaded again for an edit of a document. A cold build has none.
/// </summary>
internal sealed class BuildCache
{
    private (Review Review, ReviewAggregates Aggregates)? _analysis;
    private (Review Review, byte[] Template, FlowDiagram? Figure, IReadOnlyList<Diagnostic> Diagnostics)? _figure;

    public DataCache Data { get; } = new();

    /// <summary>How many times the figure was drawn (and its fonts loaded): tests and benchmarks read it.</summary>
    public int FiguresDrawn { get; private set; }

    /// <summary>The aggregates of <paramref name="review"/>, computed again only for a review read anew.</summary>
    internal ReviewAggregates Analyse(Review review)
    {
        if (_analysis is { } last && ReferenceEquals(last.Review, review)) return last.Aggregates;
        var aggregates = ReviewAnalyzer.Analyze(review);
        _analysis = (review, aggregates);
        return aggregates;
    }

    /// <summary>The figure of <paramref name="review"/> with the words of <paramref name="templatePath"/>, drawn again only
    /// when either changed; its diagnostics are given again each time.</summary>
    internal FlowDiagram? Figure(Review review, string templatePath, DiagnosticBag diagnostics, Func<DiagnosticBag, FlowDiagram?> draw)
    {
        var template = InputFile.Read(templatePath, Path.GetDirectoryName(Path.GetFullPath(templatePath))!, TemplateFile.MaxBytes).Bytes is { } bytes
            ? SHA256.HashData(bytes) : null;
        if (template is null || _figure is not { } last || !ReferenceEquals(last.Review, review) || !last.Template.AsSpan().SequenceEqual(template))
        {
            var fresh = new DiagnosticBag();
            var figure = draw(fresh);
            FiguresDrawn++;
            last = (review, template ?? [], figure, fresh.Items.ToList());
            _figure = template is null ? null : last;
        }
        foreach (var diagnostic in last.Diagnostics) diagnostics.Add(diagnostic);
        return last.Figure;
    }
}
