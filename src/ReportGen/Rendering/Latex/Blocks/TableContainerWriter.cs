using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// A table container: the paragraph before the table is its caption, the table becomes a longtable,
/// and the paragraphs after it are notes set once, right after the last row.
/// </summary>
internal static class TableContainerWriter
{
    public static void Write(LatexRenderer renderer, CustomContainer container, HtmlAttributes attributes)
    {
        var table = container.OfType<Table>().FirstOrDefault();
        if (table is null)
        {
            renderer.Warn(container, LatexDiagnosticCodes.TableContainerWithoutTable,
                "this container has class 'table' but holds no pipe table; its content is written as plain paragraphs",
                "Put a pipe table (a header row, a |---| line and body rows) inside the ::: container, after the caption.");
            renderer.WriteChildren(container);
            return;
        }

        var tableIndex = container.IndexOf(table);
        var captionBlock = container.Take(tableIndex).OfType<ParagraphBlock>().FirstOrDefault();
        foreach (var block in container.Take(tableIndex).Where(b => b != captionBlock))
            renderer.Render(block);

        var caption = captionBlock is null ? null : Caption.Write(renderer, captionBlock);
        var widths = attributes.Properties?.FirstOrDefault(p => p.Key == "widths").Value;
        LongtableWriter.Write(renderer, table, caption, attributes.Id, widths, container);

        var notes = container.Skip(tableIndex + 1).ToList();
        foreach (var note in notes)
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
