using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads values.csv: the allowed values of the fields of kind 'one' and 'several', in reporting order.</summary>
internal static class ValueReader
{
    public static (IReadOnlyList<ValueLabel> Values, IReadOnlyDictionary<string, KeyRegistry> Ids) Read(
        BoundTable? table, IReadOnlyList<Field> declared, bool allDeclared, DiagnosticBag diagnostics)
    {
        var fields = declared.Where(f => f.Kind is FieldKind.One or FieldKind.Several).Select(f => f.Name).ToList();
        var ids = fields.ToDictionary(f => f, f => new KeyRegistry(Schemas.Values.FileName, f, table is { DefinesAllIds: true }));
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
                // A field fields.csv failed to declare is reported there once, not again on each of its values.
                if (!allDeclared) continue;
                var suggestion = Suggestions.Nearest(field, fields);
                row.Error(fieldCell, DataCodes.UnknownValueField, fields.Count == 0
                        ? $"field '{field}' is not declared in fields.csv with kind 'one' or 'several'"
                        : $"field '{field}' is not one of {string.Join(", ", fields.Select(f => $"'{f}'"))}{Suggestions.DidYouMean(suggestion)}",
                    "The field names the column of campaigns.csv whose values this row lists; declare it in fields.csv with kind 'one' or 'several'.");
                continue;
            }
            if (id is null || !registry.Add(id, row, row.Cell("id")) || label is null) continue;
            var tableLabel = row.Optional("table_label");
            values.Add(new ValueLabel(field, id, label, tableLabel.Length == 0 ? label : tableLabel, row.Source)
            {
                Wording = Wording.Of(label, row.Optional("label_singular"), row.Optional("label_plural")),
            });
        }
        return (values, ids);
    }
}
