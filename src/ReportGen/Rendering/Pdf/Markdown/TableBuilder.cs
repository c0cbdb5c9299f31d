using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// Builds a table container: caption and header row on top of every page the table reaches (the caption
/// gains "(continued)" after the first), rows kept whole where they can be, notes after the last row.
/// </summary>
internal sealed class TableBuilder(ITextShaper shaper, PdfStyles styles, Action<IReadOnlyList<TextAtom>> inspectAtoms, Typesetting typesetting)
{
    /// <param name="shares">The table's own widths as shares of the line (checked by DocumentReader), or null to take them from the content.</param>
    public IElement Build(Table table, ParagraphBlock? caption, IReadOnlyList<ParagraphBlock> notes, IReadOnlyList<double>? shares, double width)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var cellAtoms = AllCellAtoms(rows, columns, table.Line + 1);
        var fractions = ColumnWidthRule.Fractions(cellAtoms, shares, width);

        var headerCount = rows.TakeWhile(r => r.IsHeader).Count();
        IElement HeaderRows() => new Column(Enumerable.Range(0, headerCount)
            .Select(i => (IElement)Row(cellAtoms[i], fractions, RowRules.Top | RowRules.Bottom, table.Line + 1)).ToList());
        var body = new Column(Enumerable.Range(headerCount, rows.Count - headerCount)
            .Select(i => (IElement)Row(cellAtoms[i], fractions, RowRules.None, rows[i].Line + 1)).ToList());

        var firstHeader = new List<IElement>();
        var continuedHeader = new List<IElement>();
        if (caption is not null)
        {
            firstHeader.Add(Caption(caption, continued: false));
            continuedHeader.Add(Caption(caption, continued: true));
        }
        firstHeader.Add(HeaderRows());
        continuedHeader.Add(HeaderRows());

        var parts = new List<IElement>
        {
            new RepeatedHeader(new Column(firstHeader), new Column(continuedHeader), body, TableRowElement.HeavyRule),
        };
        foreach (var note in notes)
        {
            var atoms = new AtomBuilder(shaper);
            InlineCollector.Collect(note.Inline, styles.Note, atoms, note.Line + 1);
            inspectAtoms(atoms.Atoms);
            parts.Add(new ParagraphElement(atoms.Atoms, typesetting.Running(new ParagraphFormat(styles.Note) { SpaceAfter = styles.ParagraphSpace * 0.5 }, note.Line + 1, hyphenate: true), shaper, note.Line + 1));
        }
        parts.Add(new SpacerElement(styles.ParagraphSpace));
        return new Column(parts);
    }

    private ParagraphElement Caption(ParagraphBlock caption, bool continued)
    {
        var atoms = new AtomBuilder(shaper);
        InlineCollector.Collect(caption.Inline, styles.Caption, atoms, caption.Line + 1);
        if (continued) atoms.Append(" (continued)", styles.Caption.With(FontStyle.Italic), null, caption.Line + 1);
        else inspectAtoms(atoms.Atoms);
        return new ParagraphElement(atoms.Atoms, typesetting.Running(new ParagraphFormat(styles.Caption) { SpaceAfter = styles.ParagraphSpace * 0.5, KeepWithNext = true }, caption.Line + 1, hyphenate: false), shaper, caption.Line + 1);
    }

    /// <summary>Rows handed to a thread at once when a long table's cells are cut into atoms on every core.</summary>
    private const int RowBatch = 32;

    /// <summary>
    /// Every cell cut into atoms, row by row. A long table's rows are cut on every core (each cell's atoms depend on
    /// the cell alone, and the shaper may be shared); the atoms are then inspected in table order, so warnings come out
    /// as they would one row at a time.
    /// </summary>
    private List<List<IReadOnlyList<TextAtom>>> AllCellAtoms(List<TableRow> rows, int columns, int tableLine)
    {
        var atoms = new IReadOnlyList<TextAtom>[rows.Count][];
        void Cut(int r)
        {
            var row = rows[r];
            atoms[r] = new IReadOnlyList<TextAtom>[columns];
            for (var c = 0; c < columns; c++)
                atoms[r][c] = CellAtoms(c < row.Count ? row[c] as TableCell : null, row.IsHeader ? styles.TableHeader : styles.TableCell, tableLine);
        }
        if (rows.Count < 4 * RowBatch || Environment.ProcessorCount < 2)
            for (var r = 0; r < rows.Count; r++) Cut(r);
        else
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, rows.Count, RowBatch), range =>
            {
                for (var r = range.Item1; r < range.Item2; r++) Cut(r);
            });
        foreach (var row in atoms)
            foreach (var cell in row) inspectAtoms(cell);
        return atoms.Select(row => row.ToList()).ToList();
    }

    private IReadOnlyList<TextAtom> CellAtoms(TableCell? cell, TextStyle style, int line)
    {
        var atoms = new AtomBuilder(shaper);
        if (cell is null) return atoms.Atoms;
        var first = true;
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (!first) atoms.HardBreak();
            InlineCollector.Collect(paragraph.Inline, style, atoms, paragraph.Line > 0 ? paragraph.Line + 1 : line);
            first = false;
        }
        return atoms.Atoms;
    }

    private TableRowElement Row(List<IReadOnlyList<TextAtom>> cells, IReadOnlyList<double> fractions, RowRules rules, int line) =>
        new(cells.Select(atoms => (IElement)new ParagraphElement(atoms,
            typesetting.Cell(new ParagraphFormat(atoms.Count > 0 ? atoms[0].Shaped.Style : styles.TableCell) { WidowOrphanControl = false }, line,
                hyphenate: !rules.HasFlag(RowRules.Top)), shaper, line)).ToList(),
            fractions, rules);
}
