using ReportGen.Templating;
using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Build;

/// <summary>Warns about abbreviations in the tables that the glossary lacks, and glossary entries no table uses.</summary>
internal static class AbbreviationReport
{

    public static void Report(Review review, AbbreviationTracker tracker, DiagnosticBag diagnostics)
    {
        if (!tracker.HasScanned) return;
        foreach (var word in tracker.Unknown.Order(StringComparer.Ordinal))
        {
            var (source, where) = FindCell(review, word);
            diagnostics.Warning(source.File, source.Line, source.Column, TemplateCodes.NotInGlossary,
                $"'{word}' appears in a table{where} but is not in abbreviations.csv, so the list under the table cannot explain it.",
                $"Add a row '{word},<what it stands for>' to abbreviations.csv, or spell it out in the cell.");
        }
        foreach (var entry in review.Abbreviations.Where(a => !tracker.Used.Contains(a.Short)))
            diagnostics.Warning(entry.Source.File, entry.Source.Line, entry.Source.Column, TemplateCodes.NeverUsed,
                $"the abbreviation '{entry.Short}' is never used in a table.",
                "Remove the row, or use the abbreviation where the table needs it.");
    }

    /// <summary>The first data cell that holds the word, so the warning points where the user can fix it.</summary>
    private static (SourceRef Source, string Where) FindCell(Review review, string word)
    {
        bool Has(string text) => AbbreviationTracker.Occurs(word, text);

        foreach (var c in review.Campaigns)
            foreach (var (column, cell) in c.Cells)
                if (Has(cell.Text)) return (cell.Source, $" (column '{column}' of campaign '{c.Id}')");
        foreach (var v in review.Values.Where(v => Has(v.TableLabel) || Has(v.Label)))
            return (v.Source, $" (value '{v.Id}' of field '{v.Field}')");
        foreach (var g in review.Guidelines.Where(g => Has(g.TableLabel) || Has(g.Name)))
            return (g.Source, $" (guideline '{g.Id}')");
        foreach (var code in review.Codebook.Where(c => Has(c.TableLabel) || Has(c.Label)))
            return (code.Source, $" (code '{code.Id}')");
        return (review.Abbreviations.Count > 0 ? review.Abbreviations[0].Source : new SourceRef("abbreviations.csv", 0), "");
    }
}
