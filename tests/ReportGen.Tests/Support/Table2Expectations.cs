using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportGen.Rendering;

namespace ReportGen.Tests.Support;

/// <summary>
/// What every rendering of Table 2 must show, read from the same build's table2.md: the caption (without its
/// "Table 2." label, which LaTeX sets as "Table 2:"), the header row, each body row's first cell and the note.
/// All squeezed (<see cref="ExtractedText.Squeezed"/>), ready to be looked for in squeezed PDF text.
/// </summary>
internal sealed record Table2Expectations(string Caption, string Header, IReadOnlyList<string> FirstCells, string Note)
{
    /// <summary>The header row's words, unsqueezed: each must be set whole, not broken across lines.</summary>
    public IReadOnlyList<string> HeaderWords { get; init; } = [];

    public const string Label = "Table 2";
    public const string Continued = "(continued)";
    public const string NoteStart = "Abbreviations:";

    /// <summary>The expectations as TeX prints them (see <see cref="ExtractedText.TexHyphens"/>).</summary>
    public Table2Expectations AsTexPrintsThem() => new(
        ExtractedText.TexHyphens(Caption), ExtractedText.TexHyphens(Header),
        FirstCells.Select(ExtractedText.TexHyphens).ToList(), ExtractedText.TexHyphens(Note))
    {
        HeaderWords = HeaderWords.Select(ExtractedText.TexHyphens).ToList(),
    };

    public static Table2Expectations From(string table2Markdown)
    {
        var document = MarkdownDocumentParser.Parse(table2Markdown);
        var table = Assert.Single(document.Descendants<Table>());
        var rows = table.OfType<TableRow>().ToList();
        var header = string.Concat(rows.Single(r => r.IsHeader).Select(VisibleText.Of));
        var firstCells = rows.Where(r => !r.IsHeader).Select(r => VisibleText.Of(r[0])).ToList();
        var paragraphs = document.Descendants<ParagraphBlock>().Where(p => p.Parent is not TableCell).Select(VisibleText.Of).ToList();
        var caption = paragraphs.Single(p => p.StartsWith(Label + ".", StringComparison.Ordinal))[(Label.Length + 1)..];
        var note = paragraphs.Single(p => p.StartsWith(NoteStart, StringComparison.Ordinal));
        return new Table2Expectations(
            ExtractedText.Squeezed(caption), ExtractedText.Squeezed(header),
            firstCells.Select(ExtractedText.Squeezed).ToList(), ExtractedText.Squeezed(note))
        {
            HeaderWords = rows.Single(r => r.IsHeader).SelectMany(cell => VisibleText.Of(cell).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToList(),
        };
    }

    /// <summary>
    /// Checks Table 2 in the squeezed text of each page of one PDF: every page it spans starts with the caption
    /// ("(continued)" after the first) and the header row, the rows come in order, and the note comes once,
    /// after the last row, on the table's last page or the next. Returns the indexes of the table's pages.
    /// </summary>
    public IReadOnlyList<int> AssertRenderedIn(IReadOnlyList<string> squeezedPages, string what)
    {
        var tablePages = Enumerable.Range(0, squeezedPages.Count).Where(i => squeezedPages[i].Contains(Caption, StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2, $"{what}: Table 2 should run over several pages, but its caption is on {tablePages.Count}.");
        Assert.Equal(Enumerable.Range(tablePages[0], tablePages.Count), tablePages);

        foreach (var page in tablePages)
        {
            var text = squeezedPages[page];
            var caption = text.IndexOf(Caption, StringComparison.Ordinal);
            var continued = text.IndexOf(Caption + Continued, StringComparison.Ordinal) == caption;
            Assert.True(continued == (page != tablePages[0]),
                $"{what} page {page + 1}: the caption should {(page == tablePages[0] ? "not " : "")}say {Continued}.");
            var header = text.IndexOf(Header, caption, StringComparison.Ordinal);
            Assert.True(header > caption, $"{what} page {page + 1} lacks the header row after the caption.");
            var firstRowOnPage = FirstCells.Select(c => text.IndexOf(c, caption, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            Assert.True(firstRowOnPage > header, $"{what} page {page + 1}: the header row does not come before the rows.");
        }

        var table = string.Concat(tablePages.Select(p => squeezedPages[p]));
        var position = 0;
        foreach (var cell in FirstCells)
        {
            var found = table.IndexOf(cell, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{what}: the row starting '{cell}' is missing or out of order.");
            position = found + cell.Length;
        }

        var all = string.Concat(squeezedPages);
        Assert.Equal(1, ExtractedText.Occurrences(all, NoteStart));
        // The note may be pushed onto the page after the table's last one, but nowhere else.
        var last = tablePages[^1];
        var end = string.Concat(squeezedPages.Skip(last).Take(2));
        var note = end.IndexOf(Note, StringComparison.Ordinal);
        Assert.True(note >= 0, $"{what}: the note is neither on the table's last page (page {last + 1}) nor on the next.");
        Assert.True(note > end.LastIndexOf(FirstCells[^1], StringComparison.Ordinal), $"{what}: the note should follow the last row.");
        return tablePages;
    }
}
