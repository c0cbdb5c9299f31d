using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads guidelines.csv, in reporting order.</summary>
internal static class GuidelineReader
{
    public static (IReadOnlyList<Guideline> Guidelines, KeyRegistry Ids) Read(BoundTable? table, DiagnosticBag diagnostics)
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
            guidelines.Add(new Guideline(id, name, tableLabel.Length == 0 ? name : tableLabel, identified.Value, row.Source));
        }
        return (guidelines, registry);
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
