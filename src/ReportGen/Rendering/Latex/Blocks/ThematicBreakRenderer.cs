using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class ThematicBreakRenderer : MarkdownObjectRenderer<LatexRenderer, ThematicBreakBlock>
{
    protected override void Write(LatexRenderer renderer, ThematicBreakBlock thematicBreak)
    {
        renderer.EnsureLine();
        renderer.WriteLine(@"\par\noindent\rule{\linewidth}{0.4pt}\par");
        renderer.FinishBlock();
    }
}
