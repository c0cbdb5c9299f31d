using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

internal sealed class LiteralInlineRenderer : GithubObjectRenderer<LiteralInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, LiteralInline literal)
    {
        // The escaper must know what follows: the next character can complete a delimiter run, and when only
        // white space is left on the line this text's own trailing white space would turn into a hard break.
        // The look-ahead stops at the first literal that is not white space: a paragraph can hold thousands of
        // literals (a long list of citations), and reading all of them for each would be quadratic.
        var nextChar = '\0';
        var onlyWhiteSpaceFollows = true;
        var next = literal.NextSibling;
        for (; next is LiteralInline nextLiteral; next = next.NextSibling)
        {
            var content = nextLiteral.Content.AsSpan();
            if (nextChar == '\0' && content.Length > 0) nextChar = content[0];
            if (!content.IsWhiteSpace())
            {
                onlyWhiteSpaceFollows = false;
                break;
            }
        }
        var atLineEnd = next is null or LineBreakInline && onlyWhiteSpaceFollows;
        renderer.WriteLiteral(literal.Content.ToString(), nextChar is '\n' or '\r' ? ' ' : nextChar, atLineEnd);
    }
}
