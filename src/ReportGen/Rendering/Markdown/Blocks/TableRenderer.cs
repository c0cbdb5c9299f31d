using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// A GFM pipe table: header row (empty cells when the tree has none, since GFM requires one), the
/// "|---|" separator with each column's alignment, then the body. Widths are not expressible and are dropped.
/// </summary>
internal sealed class TableRenderer : GithubObjectRenderer<Table>
{
    protected override void Write(GithubMarkdownRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columnCount = Math.Max(table.ColumnDefinitions.Count(d => d is not null),
                                   rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        if (columnCount == 0)
        {
            return;
        }

        renderer.BeginBlock();
        var body = rows;
        if (rows.Count > 0 && rows[0].IsHeader)
        {
            WriteRow(renderer, rows[0], columnCount);
            body = rows.Skip(1).ToList();
        }
        else
        {
            renderer.WriteRaw(FormatRow(Enumerable.Repeat("", columnCount)));
        }
        renderer.WriteRaw(FormatRow(Enumerable.Range(0, columnCount).Select(i => Separator(table, i))));
        foreach (var row in body)
        {
            WriteRow(renderer, row, columnCount);
        }
    }

    private static void WriteRow(GithubMarkdownRenderer renderer, TableRow row, int columnCount)
    {
        var cells = row.OfType<TableCell>().Select(cell => CellText(renderer, cell)).ToList();
        renderer.WriteRaw(FormatRow(cells.Concat(Enumerable.Repeat("", columnCount - cells.Count))));
    }

    private static string CellText(GithubMarkdownRenderer renderer, TableCell cell) =>
        renderer.Capture(r =>
        {
            // Cells hold one paragraph in pipe tables; grid tables may hold several blocks, flattened to one line.
            foreach (var leaf in cell.Descendants<LeafBlock>())
            {
                if (leaf.Inline is null)
                {
                    continue;
                }
                if (!r.AtLineStart)
                {
                    r.WriteRaw(" ");
                }
                r.WriteInlines(leaf);
            }
        }, tableCell: true).Trim(' ', '\t');

    private static string FormatRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |\n";

    private static string Separator(Table table, int column)
    {
        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column]?.Alignment : null;
        return alignment switch
        {
            TableColumnAlign.Left => ":---",
            TableColumnAlign.Center => ":---:",
            TableColumnAlign.Right => "---:",
            _ => "---",
        };
    }
}
