using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Document;

/// <summary>
/// A table container (<c>::: {#id .table .landscape widths="…"}</c>) as every writer reads it: the caption is the
/// first paragraph before the table, the notes are the blocks after it, and the widths are already checked.
/// </summary>
/// <param name="BeforeTable">Blocks before the table other than the caption, set before it.</param>
/// <param name="Widths">Each column's share of the line, summing to 1; null when the table gives none (the writer chooses).</param>
internal sealed record TableForm(
    CustomContainer Container,
    Table Table,
    ParagraphBlock? Caption,
    IReadOnlyList<Block> BeforeTable,
    IReadOnlyList<Block> Notes,
    string? Id,
    bool Landscape,
    IReadOnlyList<double>? Widths)
{
    /// <summary>The number of columns, counting a cell that spans several as several.</summary>
    public int ColumnCount => Math.Max(1, Table.OfType<TableRow>()
        .Select(r => r.OfType<TableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
}
