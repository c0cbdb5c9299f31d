using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class QuoteBlockRenderer : MarkdownObjectRenderer<LatexRenderer, QuoteBlock>
{
    protected override void Write(LatexRenderer renderer, QuoteBlock quote)
    {
        if (!renderer.CanNestList(quote))
        {
            renderer.WriteChildren(quote);
            return;
        }
        renderer.EnsureLine();
        renderer.WriteLine(@"\begin{quote}");
        renderer.ListNesting++;
        renderer.WriteChildren(quote);
        renderer.ListNesting--;
        renderer.EnsureLine();
        renderer.WriteLine(@"\end{quote}");
        renderer.FinishBlock();
    }
}
