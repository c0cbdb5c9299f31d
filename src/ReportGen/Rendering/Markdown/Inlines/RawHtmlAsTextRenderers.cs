using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

/// <summary>Raw HTML in the tree is shown as text: data must never become HTML.</summary>
internal sealed class HtmlInlineRenderer : GithubObjectRenderer<HtmlInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, HtmlInline html) =>
        renderer.WriteLiteral(html.Tag ?? "", '\0', html.NextSibling is null or LineBreakInline);
}

/// <summary>An entity is written as the character it stands for.</summary>
internal sealed class HtmlEntityInlineRenderer : GithubObjectRenderer<HtmlEntityInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, HtmlEntityInline entity) =>
        renderer.WriteLiteral(entity.Transcoded.ToString(), '\0', entity.NextSibling is null or LineBreakInline);
}
