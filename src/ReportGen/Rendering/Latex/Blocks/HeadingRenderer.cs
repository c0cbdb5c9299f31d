using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class HeadingRenderer : MarkdownObjectRenderer<LatexRenderer, HeadingBlock>
{
    private static readonly string[] Commands = ["section", "subsection", "subsubsection", "paragraph", "subparagraph"];

    protected override void Write(LatexRenderer renderer, HeadingBlock heading)
    {
        var command = Commands[Math.Clamp(heading.Level - renderer.TopHeadingLevel + 1, 1, Commands.Length) - 1];
        renderer.EnsureLine();
        renderer.Write('\\').Write(command).Write('{');
        renderer.WriteLeafInline(heading);
        renderer.Write('}');
        if (heading.TryGetAttributes()?.Id is { Length: > 0 } id)
            renderer.Write(@"\label{").Write(LatexLabel.From(id)).Write('}');
        renderer.FinishBlock();
    }
}
