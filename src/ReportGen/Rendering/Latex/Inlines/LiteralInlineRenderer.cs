using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class LiteralInlineRenderer : MarkdownObjectRenderer<LatexRenderer, LiteralInline>
{
    protected override void Write(LatexRenderer renderer, LiteralInline literal) =>
        renderer.WriteText(literal.Content.ToString(), literal.Line, literal.Column);
}
