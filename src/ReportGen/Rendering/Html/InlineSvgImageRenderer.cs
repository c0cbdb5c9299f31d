using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Html;

/// <summary>
/// An image the build drew (the figure) is written into the page as inline SVG, so the page needs no other file and
/// its text stays text; any other image stays an <c>img</c>.
/// </summary>
internal sealed partial class InlineSvgImageRenderer(IReadOnlyDictionary<string, string> images) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.Url is { } url && images.TryGetValue(url, out var svg))
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            renderer.Write("<div class=\"figure-drawing\" role=\"img\" aria-label=\"").WriteEscape(alt).Write("\">");
            renderer.Write(XmlDeclaration().Replace(svg, "").Trim());
            renderer.Write("</div>");
            return;
        }
        base.Write(renderer, link);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}
