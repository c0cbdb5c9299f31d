using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

internal sealed class ParagraphRenderer : GithubObjectRenderer<ParagraphBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, ParagraphBlock paragraph)
    {
        renderer.BeginBlock();
        renderer.WriteInlines(paragraph);
        renderer.EndLine();
    }
}
