using System.Text;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

internal sealed class LiteralInlineRenderer : GithubObjectRenderer<LiteralInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, LiteralInline literal)
    {
        // The escaper must know what follows: the next character can complete a delimiter run, and when only
        // white space is left on the line this text's own trailing white space would turn into a hard break.
        var following = new StringBuilder();
        var next = literal.NextSibling;
        for (; next is LiteralInline nextLiteral; next = next.NextSibling)
        {
            following.Append(nextLiteral.Content.AsSpan());
        }
        var nextChar = following.Length > 0 ? following[0] : '\0';
        var atLineEnd = next is null or LineBreakInline && string.IsNullOrWhiteSpace(following.ToString());
        renderer.WriteLiteral(literal.Content.ToString(), nextChar is '\n' or '\r' ? ' ' : nextChar, atLineEnd);
    }
}
