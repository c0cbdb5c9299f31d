using Markdig.Syntax;
using ReportGen.Document;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// A table container: the paragraph before the table is its caption, the table becomes a longtable,
/// and the paragraphs after it are notes set once, right after the last row.
/// </summary>
internal static class TableContainerWriter
{
    public static void Write(LatexRenderer renderer, TableForm table)
    {
        foreach (var block in table.BeforeTable) renderer.Render(block);
        var caption = table.Caption is null ? null : Caption.Write(renderer, table.Caption);
        LongtableWriter.Write(renderer, table.Table, caption, table.Id, table.Widths);

        foreach (var note in table.Notes)
        {
            renderer.EnsureLine();
            if (note is ParagraphBlock paragraph)
            {
                renderer.Write(@"\noindent ");
                renderer.WriteLeafInline(paragraph);
                renderer.FinishBlock();
            }
            else
            {
                renderer.Render(note);
            }
        }
    }
}
