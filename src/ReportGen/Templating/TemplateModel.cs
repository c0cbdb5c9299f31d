using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Templating.Functions;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Builds the globals a template sees: the aggregates (snake_case), the review's facts, the flow
/// counts, and the functions. This is the whole surface templates can reach; see templates/README.md.
/// </summary>
internal static class TemplateModel
{
    /// <summary>Table 2's mark on a cell that was inferred, not read in a source.</summary>
    public const string InferredMark = "\u2020";

    /// <param name="style">The reference style, which the caller finishes after rendering; by default review.csv's.</param>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    public static ScriptObject Create(Review review, ReviewAggregates aggregates, ReferenceStyle? style = null)
    {
        var globals = new ScriptObject();
        globals.Import(aggregates, renamer: StandardMemberRenamer.Default);

        var by = new ScriptObject();
        foreach (var (field, groups) in aggregates.ByField) by[field] = groups;
        globals["by"] = by;

        var fields = new ScriptObject();
        foreach (var summary in aggregates.Fields) fields[summary.Name] = summary;
        globals["fields"] = fields;
        globals["table"] = aggregates.Table;
        globals["field_list"] = aggregates.Fields;

        globals["review"] = new ReviewInfoObject(review.Info);

        globals["flow"] = FlowObject(aggregates.Flow);
        globals["abbreviations"] = review.Abbreviations;

        var functions = new ReviewFunctions(style ?? ReferenceStyle.For(CitationStyles.Of(review.Info), review.Resources));
        foreach (var (name, function) in functions) globals[name] = function;
        var table = new TableCells(aggregates.Table, functions, review.Info.MarksInferred ? InferredMark : "");
        ModelFunctions.Register(globals, table);
        new WordingFunctions(review.Abbreviations, aggregates.TableGlossary).Register(globals);
        // The note under Table 2 explains the mark only when a cell carries it.
        globals["inferred_mark"] = review.Info.MarksInferred ? InferredMark : "";
        globals["inferred_cells"] = table.MarkedCells(aggregates.Campaigns);
        IncludeFunction.Register(globals);
        return globals;
    }

    private static ScriptObject FlowObject(FlowSummary flow)
    {
        var counts = new ScriptObject();
        // A row the file leaves out is "not reported", as an NA row is, rather than an unknown name in the template.
        foreach (var data in FlowData.Known) counts[data] = Reported(flow[data]);
        foreach (var row in flow.Counts.Rows.Where(r => r.Data is not "" and not "NA"))
            counts[row.Data] = Reported(row.Count);
        counts["identified_in_initial_search"] = Reported(flow.IdentifiedInInitialSearch);
        counts["from_citation_searching"] = Reported(flow.FromCitationSearching);
        counts["included_studies"] = Reported(flow.IncludedStudies);
        counts["included_reports"] = Reported(flow.IncludedReports);
        return counts;
    }

    /// <summary>Scriban writes nothing for null, so an unreported count would vanish from a sentence; it says so instead.</summary>
    private static object Reported(long? count) => count is { } n ? n : NotReported.Value;
}

/// <summary>A count the review did not report: prints as "not reported", and is never taken as zero.</summary>
internal sealed class NotReported
{
    public static NotReported Value { get; } = new();

    private NotReported()
    {
    }

    public override string ToString() => "not reported";
}
