using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>Links become \href, links to an id in the document \hyperref, images \includegraphics.</summary>
internal sealed class LinkInlineRenderer : MarkdownObjectRenderer<LatexRenderer, LinkInline>
{
    private static readonly TextStyle UrlTextStyle = new(Breakable: true);

    protected override void Write(LatexRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            if (ImageWriter.Graphics(renderer, link) is { } graphics) renderer.Write(graphics);
            return;
        }

        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        renderer.Packages.Use("hyperref");
        if (url.StartsWith('#') && url.Length > 1)
            renderer.Write(@"\hyperref[").Write(LatexLabel.From(url[1..])).Write("]{");
        else
            renderer.Write(@"\href{").Write(LatexUrl.Escape(url)).Write("}{");

        var saved = renderer.TextStyle;
        if (link.IsAutoLink || TextIsTheUrl(link, url)) renderer.TextStyle = UrlTextStyle;
        renderer.WriteChildren(link);
        renderer.TextStyle = saved;
        renderer.Write('}');
    }

    /// <summary>
    /// A link that shows its own address, as the reference list's DOIs do ([https://doi.org/…](https://doi.org/…)):
    /// it needs the break points of a URL, or the unbreakable address runs into the margin.
    /// </summary>
    private static bool TextIsTheUrl(LinkInline link, string url) =>
        url.Length > 0 && string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())) == url;
}
