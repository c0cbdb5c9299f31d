using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads values.csv: the allowed values of the enumerated campaign columns, in reporting order.</summary>
internal static class ValueReader
{
    public static readonly IReadOnlyList<string> Fields = ["country", "population", "duration_type"];

    public static (IReadOnlyList<ValueLabel> Values, IReadOnlyDictionary<string, KeyRegistry> Ids) Read(
        BoundTable? table, DiagnosticBag diagnostics)
    {
        var ids = Fields.ToDictionary(f => f, f => new KeyRegistry(Schemas.Values.FileName, f, table is { DefinesAllIds: true }));
        var values = new List<ValueLabel>();
        if (table is null) return (values, ids);

        foreach (var row in table.Rows(diagnostics))
        {
            var fieldCell = row.Cell("field");
            var field = row.Optional("field");
            if (!row.IsWellFormed)
            {
                if (ids.TryGetValue(field, out var known)) known.AddQuietly(row.Optional("id"), row.Line);
                continue;
            }
            var id = row.Required("id");
            var label = row.Required("label");
            if (row.Required("field") is null) continue;
            if (!ids.TryGetValue(field, out var registry))
            {
                var suggestion = Suggestions.Nearest(field, Fields);
                row.Error(fieldCell, DataCodes.UnknownValueField,
                    $"field '{field}' is not one of {string.Join(", ", Fields.Select(f => $"'{f}'"))}{Suggestions.DidYouMean(suggestion)}",
                    "The field names the column of campaigns.csv whose values this row lists.");
                continue;
            }
            if (id is null || !registry.Add(id, row, row.Cell("id")) || label is null) continue;
            values.Add(new ValueLabel(field, id, label, row.Source));
        }
        return (values, ids);
    }
}
