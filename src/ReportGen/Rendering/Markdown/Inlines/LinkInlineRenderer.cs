using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

/// <summary>
/// Links and images in inline form with the resolved URL (references and bare autolinks included). An image
/// with an id gets an anchor in front, since GitHub drops the attribute.
/// </summary>
internal sealed class LinkInlineRenderer : GithubObjectRenderer<LinkInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, LinkInline link)
    {
        renderer.WriteAnchor(link.TryGetAttributes()?.Id);
        renderer.WriteRaw(link.IsImage ? "![" : "[");
        renderer.WriteChildren(link);
        renderer.WriteRaw("](" + Destination(link.Url ?? "", renderer.InTableCell));
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.WriteRaw(" " + Title(link.Title, renderer.InTableCell));
        }
        renderer.WriteRaw(")");
    }

    private static string Destination(string url, bool inTableCell)
    {
        var pointy = url.Length == 0 || url.Any(c => c is ' ' or '(' or ')' || char.IsControl(c));
        var text = new StringBuilder();
        foreach (var c in url)
        {
            if (c is '\\' or '<' or '>' || (inTableCell && c == '|'))
            {
                text.Append('\\');
            }
            text.Append(char.IsControl(c) ? ' ' : c);
        }
        return pointy ? "<" + text + ">" : text.ToString();
    }

    private static string Title(string title, bool inTableCell)
    {
        var text = new StringBuilder("\"");
        foreach (var c in title)
        {
            if (c is '\\' or '"' || (inTableCell && c == '|'))
            {
                text.Append('\\');
            }
            text.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return text.Append('"').ToString();
    }
}
