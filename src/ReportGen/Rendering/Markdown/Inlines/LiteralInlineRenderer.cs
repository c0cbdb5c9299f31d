using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

internal sealed class LiteralInlineRenderer : GithubObjectRenderer<LiteralInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, LiteralInline literal)
    {
        var next = literal.NextSibling;
        var nextChar = next is LiteralInline { Content.Length: > 0 } nextLiteral ? nextLiteral.Content[nextLiteral.Content.Start] : '\0';
        var atLineEnd = next is null or LineBreakInline;
        renderer.WriteLiteral(literal.Content.ToString(), nextChar, atLineEnd);
    }
}
