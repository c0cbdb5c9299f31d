using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// Blocks GitHub has no form for (definition lists, footnote groups, …) keep their content: containers write
/// their children, leaves their text. Registered last, so they only catch what nothing else takes.
/// </summary>
internal sealed class OtherContainerBlockRenderer : GithubObjectRenderer<ContainerBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, ContainerBlock block) => renderer.WriteChildren(block);
}

internal sealed class OtherLeafBlockRenderer : GithubObjectRenderer<LeafBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, LeafBlock block)
    {
        if (block.Inline is null)
        {
            LinesAsText.Write(renderer, block);
            return;
        }
        renderer.BeginBlock();
        renderer.WriteInlines(block);
        renderer.EndLine();
    }
}
