namespace ReportGen.Data;

/// <summary>
/// A cell as read, with the physical line and character column where it starts (its opening quote, when
/// <see cref="IsQuoted"/>).
/// </summary>
internal sealed record CsvCell(string Value, int Line, int Column, bool IsQuoted = false);

/// <summary>
/// A data row. <see cref="IsWellFormed"/> is false when the row was already reported as broken (wrong
/// number of fields, bad quoting, an oversized cell): its cells are then not checked again.
/// </summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<CsvCell> Cells, bool IsWellFormed);

/// <summary>
/// A CSV file split into its header row and data rows, before any column is interpreted.
/// <see cref="IsComplete"/> is false when a quote that is never closed swallowed the rows after it.
/// </summary>
internal sealed record CsvTable(string Path, IReadOnlyList<CsvCell> Header, IReadOnlyList<CsvRecord> Rows, bool IsComplete);
