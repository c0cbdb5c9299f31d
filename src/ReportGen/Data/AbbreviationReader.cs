using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads abbreviations.csv, the glossary for the list under Table 2.</summary>
internal static class AbbreviationReader
{
    public static IReadOnlyList<Abbreviation> Read(BoundTable? table, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Abbreviations.FileName, "abbreviation");
        var abbreviations = new List<Abbreviation>();
        if (table is null) return abbreviations;

        foreach (var row in table.Rows(diagnostics).Where(r => r.IsWellFormed))
        {
            var abbreviation = row.Required("abbreviation");
            var expansion = row.Required("expansion");
            if (abbreviation is null || !registry.Add(abbreviation, row, row.Cell("abbreviation")) || expansion is null) continue;
            var plural = row.Optional("plural");
            var expansionPlural = row.Optional("expansion_plural");
            abbreviations.Add(new Abbreviation(abbreviation, expansion, row.Source)
            {
                Plural = plural.Length == 0 ? abbreviation + "s" : plural,
                ExpansionPlural = expansionPlural.Length == 0 ? expansion + "s" : expansionPlural,
            });
        }
        return abbreviations;
    }
}
