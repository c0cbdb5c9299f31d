using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads guidelines.csv, in reporting order.</summary>
internal static class GuidelineReader
{
    public static (IReadOnlyList<Guideline> Guidelines, KeyRegistry Ids) Read(
        BoundTable? table, IReadOnlyList<Abbreviation> glossary, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Guidelines.FileName, "guideline", table is { DefinesAllIds: true });
        var guidelines = new List<Guideline>();
        if (table is null) return (guidelines, registry);

        foreach (var row in table.Rows(diagnostics))
        {
            if (!row.IsWellFormed)
            {
                registry.AddQuietly(row.Optional("id"), row.Line);
                continue;
            }
            var id = row.Required("id");
            var name = row.Required("name");
            var identified = YesNo(row);
            if (id is null || !registry.Add(id, row, row.Cell("id")) || name is null || identified is null) continue;
            var tableLabel = row.Optional("table_label");
            guidelines.Add(new Guideline(id, name, tableLabel.Length == 0 ? name : tableLabel, identified.Value, row.Source)
            {
                Abbreviation = Abbreviation(row, name, glossary),
            });
        }
        return (guidelines, registry);
    }

    /// <summary>
    /// The glossary entry the name spells out, so the text can give its short form after the first use; its expansion
    /// must be in the name, where the short form is put in brackets ("American College of Radiology (ACR) …").
    /// </summary>
    private static string Abbreviation(DataRow row, string name, IReadOnlyList<Abbreviation> glossary)
    {
        var value = row.Optional("abbreviation");
        if (value.Length == 0) return "";
        var entry = glossary.FirstOrDefault(a => a.Short == value);
        if (entry is null)
        {
            var suggestion = Suggestions.Nearest(value, glossary.Select(a => a.Short).ToList());
            row.Error(row.Cell("abbreviation"), DataCodes.GuidelineAbbreviationUnknown,
                $"abbreviation '{value}' is not in abbreviations.csv{Suggestions.DidYouMean(suggestion)}",
                $"Add a row '{value},<what it stands for>' to abbreviations.csv, or empty the cell.");
            return "";
        }
        if (!name.Contains(entry.Expansion, StringComparison.Ordinal))
        {
            row.Error(row.Cell("abbreviation"), DataCodes.ExpansionNotInName,
                $"the name '{name}' does not contain '{entry.Expansion}', which abbreviations.csv gives for '{value}'",
                $"Write the name with '{entry.Expansion}' spelt out (the text adds '({value})' after it), or correct the expansion.");
            return "";
        }
        return value;
    }

    private static bool? YesNo(DataRow row)
    {
        var value = row.Required("identified");
        if (value is null) return null;
        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
        if (value.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
        row.Error(row.Cell("identified"), DataCodes.NotYesNo, $"'identified' must be 'yes' or 'no', not '{value}'",
            "Write 'yes' for a guideline the review identified, 'no' for the entry that stands for guidelines that could not be identified.");
        return null;
    }
}
