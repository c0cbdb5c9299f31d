using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class HtmlEntityInlineRenderer : MarkdownObjectRenderer<LatexRenderer, HtmlEntityInline>
{
    protected override void Write(LatexRenderer renderer, HtmlEntityInline entity) =>
        renderer.WriteText(entity.Transcoded.ToString(), entity.Line, entity.Column);
}
