using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class AutolinkInlineRenderer : MarkdownObjectRenderer<LatexRenderer, AutolinkInline>
{
    private static readonly TextStyle UrlTextStyle = new(Breakable: true);

    protected override void Write(LatexRenderer renderer, AutolinkInline link)
    {
        renderer.Packages.Use("hyperref");
        var target = link.IsEmail ? "mailto:" + link.Url : link.Url;
        renderer.Write(@"\href{").Write(LatexUrl.Escape(target)).Write("}{");
        renderer.WriteText(link.Url, link.Line, link.Column + 1, UrlTextStyle);
        renderer.Write('}');
    }
}
