using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportGen.Document;

namespace ReportGen.Rendering.Html;

/// <summary>
/// A table container as a <c>figure</c>: the caption as its <c>figcaption</c>, the table, then the notes; a landscape
/// table prints on landscape pages. Any other container is a <c>div</c> with its id and classes.
/// </summary>
internal sealed class ContainerRenderer(ReportDocument document) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (document.TableOf(container) is not { } table)
        {
            renderer.EnsureLine().Write("<div");
            WriteIdAndClasses(renderer, container);
            renderer.WriteLine(">");
            renderer.WriteChildren(container);
            renderer.EnsureLine().WriteLine("</div>");
            return;
        }

        renderer.EnsureLine().Write("<figure");
        WriteIdAndClasses(renderer, container);
        renderer.WriteLine(">");
        foreach (var block in table.BeforeTable) renderer.Render(block);
        if (table.Caption is { } caption)
        {
            renderer.Write("<figcaption>");
            renderer.WriteLeafInline(caption);
            renderer.WriteLine("</figcaption>");
        }
        // The browser sizes the columns from their content; the widths attribute is for the paged formats.
        renderer.WriteLine("<div class=\"table-scroll\">");
        renderer.Render(table.Table);
        renderer.EnsureLine().WriteLine("</div>");
        if (table.Notes.Count > 0)
        {
            renderer.WriteLine("<div class=\"table-notes\">");
            foreach (var note in table.Notes) renderer.Render(note);
            renderer.EnsureLine().WriteLine("</div>");
        }
        renderer.EnsureLine().WriteLine("</figure>");
    }

    /// <summary>Only the id and classes: key=value properties such as widths are instructions to the writers, not HTML attributes.</summary>
    private static void WriteIdAndClasses(HtmlRenderer renderer, CustomContainer container)
    {
        var attributes = container.TryGetAttributes();
        if (attributes?.Id is { Length: > 0 } id) renderer.Write(" id=\"").WriteEscape(id).Write("\"");
        if (attributes?.Classes is { Count: > 0 } classes) renderer.Write(" class=\"").WriteEscape(string.Join(' ', classes)).Write("\"");
    }
}
