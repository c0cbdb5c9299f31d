using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportGen.Rendering.Pdf.Markdown;
using ReportGen.Rendering.Text;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// A pipe table as a Word table: fixed column widths shared out by the PDF's rule, header rows that Word repeats
/// on every page (<c>tblHeader</c>), rows that do not split across pages (<c>cantSplit</c>), and rules above, below
/// and under the header as in the PDF.
/// </summary>
internal sealed class DocxTable(DocxContext context, DocxInlines inlines)
{
    /// <summary>Table text is 9 point (the Table Text style); the columns are measured at that size.</summary>
    private const double CellFontSize = 9;
    private const double MeasuringSlack = 1.12;

    /// <param name="shares">The table's own widths as shares of the line (checked by DocumentReader), or null to take them from the content.</param>
    public void Write(MdTable table, IReadOnlyList<double>? shares, uint textWidth, BodyWriter body)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Count));
        var widths = ColumnWidths(rows, columns, shares, textWidth, table.Line + 1);

        var properties = new TableProperties(
            new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Rule<TopBorder>(12), Rule<BottomBorder>(12)),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }));
        body.AppendTable(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })),
            Rows(table, rows, columns, widths));
    }

    /// <summary>Each row as Word's, made as it is written.</summary>
    private IEnumerable<WTableRow> Rows(MdTable table, List<MdTableRow> rows, int columns, uint[] widths)
    {
        var headerRows = rows.TakeWhile(r => r.IsHeader).Count();
        for (var r = 0; r < rows.Count; r++)
        {
            var isHeader = r < headerRows;
            var rowProperties = new TableRowProperties(new CantSplit());
            if (isHeader) rowProperties.Append(new TableHeader());
            var row = new WTableRow(rowProperties);
            for (var c = 0; c < columns; c++)
            {
                var cell = c < rows[r].Count ? rows[r][c] as MdTableCell : null;
                var alignment = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null;
                row.Append(Cell(cell, widths[c], isHeader, lastHeader: isHeader && r == headerRows - 1, alignment));
            }
            yield return row;
        }
    }

    private WTableCell Cell(MdTableCell? cell, uint width, bool isHeader, bool lastHeader, TableColumnAlign? alignment)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (lastHeader) properties.Append(new TableCellBorders(Rule<BottomBorder>(6)));
        var result = new WTableCell(properties);
        var style = context.Styles.Id(isHeader ? DocxStyles.TableHeading : DocxStyles.TableText);
        var paragraphs = cell?.OfType<ParagraphBlock>().ToList() ?? [];
        if (paragraphs.Count == 0) result.Append(Paragraph(style, alignment, []));
        foreach (var paragraph in paragraphs)
            result.Append(Paragraph(style, alignment, inlines.Write(paragraph.Inline, crossReferences: false)));
        return result;
    }

    private static Paragraph Paragraph(string style, TableColumnAlign? alignment, List<OpenXmlElement> content)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (alignment is TableColumnAlign.Center or TableColumnAlign.Right)
            properties.Justification = new Justification { Val = alignment == TableColumnAlign.Center ? JustificationValues.Center : JustificationValues.Right };
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>
    /// Twips per column, summing to the text width: the PDF's rule (the template's widths, widened where a column
    /// is narrower than its longest word) applied to the cells measured in the PDF's font at the table's size.
    /// </summary>
    private uint[] ColumnWidths(List<MdTableRow> rows, int columns, IReadOnlyList<double>? shares, uint textWidth, int line)
    {
        var points = textWidth / (double)PageGeometry.TwipsPerPoint;
        IReadOnlyList<double> fractions;
        if (context.Shaper is { } shaper && rows.Count > 0)
        {
            // Measured a size larger than the cells are set: Word and LibreOffice lay the text out with their own metrics
            // (and may substitute the font), so a column exactly as wide as its longest word broke "Country" as "Countr|y".
            var text = new TextStyle(CellFontSize * MeasuringSlack);
            // Widths chosen from the cells (none given, or not one per column) look only at a sample of a long table's
            // rows: only those are measured, and a 10,000-row Table 2 is not shaped whole for 240 of its rows.
            var measured = shares is null || shares.Count != columns ? AutoColumnWidths.Sample(rows) : rows;
            var cells = measured.Select(r => Enumerable.Range(0, columns).Select(c =>
            {
                var atoms = new AtomBuilder(shaper);
                if (c < r.Count && r[c] is MdTableCell cell)
                    foreach (var paragraph in cell.OfType<ParagraphBlock>())
                        InlineCollector.Collect(paragraph.Inline, r.IsHeader ? text.With(FontStyle.Bold) : text, atoms, line);
                return atoms.Atoms;
            }).ToList()).ToList();
            fractions = ColumnWidthRule.Fractions(cells, shares, points);
        }
        else fractions = shares is { } given && given.Count == columns ? given : Enumerable.Repeat(1.0 / columns, columns).ToList();

        var widths = fractions.Select(f => (uint)Math.Floor(f * textWidth)).ToArray();
        widths[^1] += textWidth - (uint)widths.Sum(w => (long)w);
        return widths;
    }

    private static string Twips(uint width) => width.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static T Rule<T>(uint eighthsOfAPoint) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = eighthsOfAPoint, Space = 0, Color = "000000" };
}
