using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>Written as "***": unlike "---" it cannot turn a paragraph right above it into a heading.</summary>
internal sealed class ThematicBreakRenderer : GithubObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, ThematicBreakBlock block)
    {
        renderer.BeginBlock();
        renderer.WriteRaw("***\n");
    }
}
