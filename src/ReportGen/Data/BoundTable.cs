using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// A table whose header has been checked against its schema, so rows can be read by column name.
/// <see cref="Bind"/> returns null when a required column is missing: its rows cannot be read then.
/// </summary>
internal sealed class BoundTable
{
    private readonly Dictionary<string, int> _columns;

    private BoundTable(CsvTable table, Dictionary<string, int> columns)
    {
        Table = table;
        _columns = columns;
    }

    public CsvTable Table { get; }
    public string Path => Table.Path;
    public string FileName => System.IO.Path.GetFileName(Table.Path);

    /// <summary>Whether every row could be read, so that an id missing from the file is really missing.</summary>
    public bool DefinesAllIds => Table.IsComplete;

    public IEnumerable<DataRow> Rows(DiagnosticBag diagnostics) => Table.Rows.Select(r => new DataRow(this, r, diagnostics));

    public bool TryGetColumn(string name, out int index) => _columns.TryGetValue(name, out index);

    public static BoundTable? Bind(CsvTable table, TableSchema schema, DiagnosticBag diagnostics)
    {
        var known = schema.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<CsvCell>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var cell = table.Header[i];
            if (columns.TryGetValue(cell.Value, out var first))
            {
                diagnostics.Error(table.Path, cell.Line, cell.Column, DataCodes.DuplicateColumn,
                    $"column '{cell.Value}' appears twice (first as column {first + 1})",
                    "Delete one of the two columns, or rename it if it holds something else.");
            }
            else if (known.Contains(cell.Value))
            {
                columns[cell.Value] = i;
            }
            else
            {
                unknown.Add(cell);
            }
        }

        var usable = true;
        foreach (var required in schema.Columns.Where(c => c.Required && !columns.ContainsKey(c.Name)))
        {
            usable = false;
            var misspelt = unknown.FirstOrDefault(u => Suggestions.Nearest(u.Value, [required.Name]) is not null);
            if (misspelt is not null)
            {
                unknown.Remove(misspelt);
                diagnostics.Error(table.Path, misspelt.Line, misspelt.Column, DataCodes.MissingColumn,
                    $"column '{misspelt.Value}' is unknown; did you mean '{required.Name}'? (the required column '{required.Name}' is missing)",
                    $"Rename the column '{misspelt.Value}' to '{required.Name}' in the first row.");
            }
            else
            {
                var present = string.Join(", ", table.Header.Select(h => $"'{h.Value}'"));
                diagnostics.Error(table.Path, 1, 1, DataCodes.MissingColumn,
                    $"the required column '{required.Name}' is missing (the first row names {present})",
                    $"Add a column named '{required.Name}' to the first row; data/README.md says what it holds.");
            }
        }

        var absent = schema.Columns.Select(c => c.Name).Where(n => !columns.ContainsKey(n)).ToList();
        foreach (var cell in unknown)
        {
            if (cell.Value.Trim().Length == 0)
            {
                diagnostics.Warning(table.Path, cell.Line, cell.Column, DataCodes.UnknownColumn,
                    "this column has no name and is ignored",
                    "Give the column a name in the first row, or delete it if it is empty.");
                continue;
            }
            var suggestion = Suggestions.Nearest(cell.Value, absent);
            diagnostics.Warning(table.Path, cell.Line, cell.Column, DataCodes.UnknownColumn,
                $"column '{cell.Value}' is unknown and is ignored{Suggestions.DidYouMean(suggestion)}",
                suggestion is null
                    ? $"The columns of {schema.FileName} are {string.Join(", ", schema.Columns.Select(c => $"'{c.Name}'"))}; delete this column if you do not need it."
                    : $"Rename it to '{suggestion}' if that is what it holds; otherwise delete it.");
        }

        return usable ? new BoundTable(table, columns) : null;
    }
}
