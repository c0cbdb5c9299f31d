using System.Globalization;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// A pipe table as a booktabs longtable that never runs off the page: every column a ragged-right
/// paragraph column whose widths sum to less than the line, the caption on the first page, the caption
/// with "(continued)" and the header row on every other page.
/// </summary>
internal static class LongtableWriter
{
    private static readonly TextStyle CellStyle = new(Breakable: true);

    public static void Write(
        LatexRenderer renderer, Table table, Caption? caption, string? label, IReadOnlyList<double>? shares)
    {
        renderer.Packages.Use("array");
        renderer.Packages.Use("booktabs");
        renderer.Packages.Use("longtable");

        var rows = table.OfType<TableRow>().ToList();
        var columnCount = Math.Max(1, rows.Select(r => r.OfType<TableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
        var fractions = ColumnWidths.Fractions(shares, columnCount);
        var alignments = Enumerable.Range(0, columnCount)
            .Select(i => i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null)
            .ToArray();

        var header = renderer.Capture(() =>
        {
            foreach (var row in rows.Where(r => r.IsHeader)) WriteRow(renderer, row, fractions, alignments);
        });
        var withCaption = caption is not null && caption.Latex.Length > 0;

        renderer.EnsureLine();
        // Cells in the footnote size, as the PDF sets them at 0.8 of the body size: at full size a nine-column
        // Table 2 fitted two rows on a landscape page. The group ends the size (and the caption width) with the table.
        renderer.WriteLine(@"\begingroup\footnotesize");
        if (withCaption && caption!.Number is { } number)
            renderer.WriteLine($@"\setcounter{{table}}{{{(number - 1).ToString(CultureInfo.InvariantCulture)}}}");
        // longtable sets captions 4 in wide, so a landscape table's "(continued)" caption wrapped and hyphenated.
        if (withCaption) renderer.WriteLine(@"\setlength{\LTcapwidth}{\linewidth}");
        renderer.WriteLine($@"\begin{{longtable}}{{{ColumnSpec(fractions, alignments)}}}");

        if (withCaption)
        {
            var labelText = label is { Length: > 0 } ? $@"\label{{{LatexLabel.From(label)}}}" : "";
            renderer.WriteLine($@"\caption{{{caption!.Latex}}}{labelText}\tabularnewline");
        }
        WriteHead(renderer, header);
        renderer.WriteLine(@"\endfirsthead");
        if (withCaption)
            renderer.WriteLine($@"\caption[]{{{caption!.Latex} (continued)}}\tabularnewline");
        WriteHead(renderer, header);
        renderer.WriteLine(@"\endhead");
        renderer.WriteLine(@"\bottomrule");
        renderer.WriteLine(@"\endfoot");
        renderer.WriteLine(@"\bottomrule");
        renderer.WriteLine(@"\endlastfoot");

        foreach (var row in rows.Where(r => !r.IsHeader))
            WriteRow(renderer, row, fractions, alignments);
        renderer.WriteLine(@"\end{longtable}");
        renderer.WriteLine(@"\endgroup");
        renderer.FinishBlock();
    }

    private static void WriteHead(LatexRenderer renderer, string header)
    {
        renderer.WriteLine(@"\toprule");
        if (header.Length == 0) return;
        renderer.Write(header);
        renderer.WriteLine(@"\midrule");
    }

    private static string ColumnSpec(double[] fractions, TableColumnAlign?[] alignments)
    {
        var spec = new StringBuilder("@{}");
        for (var i = 0; i < fractions.Length; i++)
            spec.Append(Column(fractions[i], alignments[i], 1));
        return spec.Append("@{}").ToString();
    }

    /// <summary>
    /// \arraybackslash gives \\ back its row-ending meaning after \raggedright; \hspace{0pt} lets TeX
    /// hyphenate a cell's first word, which it otherwise never does.
    /// </summary>
    private static string Column(double fraction, TableColumnAlign? alignment, int span)
    {
        var ragged = alignment switch
        {
            TableColumnAlign.Center => @"\centering",
            TableColumnAlign.Right => @"\raggedleft",
            _ => @"\raggedright",
        };
        return $@">{{{ragged}\arraybackslash\hspace{{0pt}}}}p{{{ColumnWidths.Latex(fraction, span)}}}";
    }

    private static void WriteRow(LatexRenderer renderer, TableRow row, double[] fractions, TableColumnAlign?[] alignments)
    {
        var column = 0;
        var saved = renderer.TextStyle;
        renderer.TextStyle = CellStyle;
        foreach (var cell in row.OfType<TableCell>())
        {
            if (column >= fractions.Length) break;
            if (column > 0) renderer.Write(" & ");
            var span = Math.Clamp(cell.ColumnSpan, 1, fractions.Length - column);
            if (span > 1)
            {
                var spec = (column == 0 ? "@{}" : "")
                    + Column(fractions.Skip(column).Take(span).Sum(), alignments[column], span)
                    + (column + span == fractions.Length ? "@{}" : "");
                renderer.Write($@"\multicolumn{{{span.ToString(CultureInfo.InvariantCulture)}}}{{{spec}}}{{");
                WriteCell(renderer, cell);
                renderer.Write('}');
            }
            else
            {
                WriteCell(renderer, cell);
            }
            column += span;
        }
        for (; column < fractions.Length; column++) renderer.Write(" &");
        renderer.TextStyle = saved;
        renderer.WriteLine(@"\tabularnewline");
    }

    private static void WriteCell(LatexRenderer renderer, TableCell cell)
    {
        var first = true;
        foreach (var block in cell)
        {
            if (!first) renderer.Write(@"\par ");
            first = false;
            if (block is LeafBlock { Inline: not null } leaf)
                renderer.WriteLeafInline(leaf);
            else
                renderer.Render(block);
        }
    }
}
