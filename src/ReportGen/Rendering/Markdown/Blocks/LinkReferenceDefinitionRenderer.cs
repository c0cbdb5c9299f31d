using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>Links are written inline with their resolved URL, so definitions have nothing left to say.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : GithubObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(GithubMarkdownRenderer renderer, LinkReferenceDefinitionGroup group)
    {
    }
}

internal sealed class LinkReferenceDefinitionRenderer : GithubObjectRenderer<LinkReferenceDefinition>
{
    protected override void Write(GithubMarkdownRenderer renderer, LinkReferenceDefinition definition)
    {
    }
}
