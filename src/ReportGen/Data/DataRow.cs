using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>One data row read by column name. Values are trimmed; a column the file lacks reads as empty.</summary>
internal sealed class DataRow(BoundTable table, CsvRecord record, DiagnosticBag diagnostics)
{
    public bool IsWellFormed => record.IsWellFormed;
    public int Line => record.Line;
    public SourceRef Source => new(table.Path, record.Line);

    public CsvCell Cell(string column) =>
        table.TryGetColumn(column, out var index) && index < record.Cells.Count
            ? record.Cells[index]
            : new CsvCell("", record.Line, 1);

    public string Optional(string column) => Cell(column).Value.Trim();

    /// <summary>The trimmed value, or null (reported) when the cell is empty.</summary>
    public string? Required(string column)
    {
        var cell = Cell(column);
        var value = cell.Value.Trim();
        if (value.Length > 0) return value;
        Error(cell, DataCodes.EmptyCell, $"the required cell '{column}' is empty",
            $"Fill in '{column}'; every row of {table.FileName} needs one (data/README.md says what it holds).");
        return null;
    }

    /// <summary>
    /// The values of a required multi-valued cell, or null (reported) when it is empty or holds only separators
    /// (" ; "), which would otherwise pass as filled and leave an empty list.
    /// </summary>
    public IReadOnlyList<string>? RequiredValues(string column)
    {
        if (Required(column) is not { } value) return null;
        var values = MultiValue.Split(value);
        if (values.Count > 0) return values;
        Error(Cell(column), DataCodes.OnlySeparators, $"the required cell '{column}' holds only separators ('{MultiValue.Separator}'), no value",
            $"Write at least one value in '{column}'; several values are separated by '{MultiValue.Separator}'.");
        return null;
    }

    public void Error(CsvCell cell, string code, string message, string hint) =>
        diagnostics.Error(table.Path, cell.Line, cell.Column, code, message, hint);

    public void Warning(CsvCell cell, string code, string message, string hint) =>
        diagnostics.Warning(table.Path, cell.Line, cell.Column, code, message, hint);
}
