using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Build;

/// <summary>
/// Warns about abbreviations in Table 2 that the glossary lacks, and glossary entries that neither the table nor the
/// text (<c>abbr</c>, guideline names) uses, once the documents' template runs are over.
/// </summary>
internal static class AbbreviationReport
{
    public static void Report(Review review, TableGlossary table, IReadOnlyList<DocumentState> documents, DiagnosticBag diagnostics)
    {
        var listed = documents.Any(d => d.ListsTableAbbreviations);
        var spelt = documents.SelectMany(d => d.Introduced).ToHashSet(StringComparer.Ordinal);
        if (!listed && spelt.Count == 0) return;
        if (listed)
        {
            foreach (var unknown in table.Unknown)
                diagnostics.Warning(unknown.Source.File, unknown.Source.Line, unknown.Source.Column, TemplateCodes.NotInGlossary,
                    $"'{unknown.Word}' appears in a table{unknown.Where} but is not in abbreviations.csv, so the list under the table cannot explain it.",
                    $"Add a row '{unknown.Word},<what it stands for>' to abbreviations.csv, or spell it out in the cell.");
        }
        var inTable = listed ? table.Used.Select(a => a.Short).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var entry in review.Abbreviations.Where(a => !inTable.Contains(a.Short) && !spelt.Contains(a.Short)))
            diagnostics.Warning(entry.Source.File, entry.Source.Line, entry.Source.Column, TemplateCodes.NeverUsed,
                $"the abbreviation '{entry.Short}' is never used in a table or spelt out in the text.",
                "Remove the row, or use the abbreviation where the table needs it, or in the text with abbr.");
    }
}
