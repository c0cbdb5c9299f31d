using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class ParagraphRenderer : MarkdownObjectRenderer<LatexRenderer, ParagraphBlock>
{
    protected override void Write(LatexRenderer renderer, ParagraphBlock paragraph)
    {
        renderer.EnsureLine();
        renderer.WriteLeafInline(paragraph);
        // In a tight list a blank line between an item's paragraphs would add space Markdown does not show.
        if (paragraph.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } })
            renderer.EnsureLine();
        else
            renderer.FinishBlock();
    }
}
