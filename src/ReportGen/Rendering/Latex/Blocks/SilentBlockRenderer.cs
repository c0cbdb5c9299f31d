using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// Blocks that print nothing where they stand: link reference definitions, and the footnote group, whose
/// footnotes are set where they are referenced.
/// </summary>
internal sealed class SilentBlockRenderer<TBlock> : MarkdownObjectRenderer<LatexRenderer, TBlock> where TBlock : Block
{
    protected override void Write(LatexRenderer renderer, TBlock block)
    {
    }
}
