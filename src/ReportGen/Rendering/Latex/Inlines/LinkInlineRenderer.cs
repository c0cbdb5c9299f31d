using Markdig.Renderers;
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
        // A link that shows its own address (a DOI in a reference list) may break after its slashes and dots.
        if (link.IsAutoLink || ShowsItsAddress(link, url)) renderer.TextStyle = UrlTextStyle;
        renderer.WriteChildren(link);
        renderer.TextStyle = saved;
        renderer.Write('}');
    }

    /// <summary>Escapes in the Markdown split the text into several literals, so they are joined first.</summary>
    private static bool ShowsItsAddress(LinkInline link, string url) =>
        link.All(child => child is LiteralInline) &&
        string.Concat(link.Cast<LiteralInline>().Select(text => text.Content.ToString())) == url;
}
