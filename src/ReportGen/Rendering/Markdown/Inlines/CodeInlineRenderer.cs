using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

/// <summary>
/// Fenced by one backtick more than the longest run inside, padded when the code starts or ends with a
/// backtick or a space. In a table cell GitHub splits on '|' even inside code, so it is written "\|" there.
/// </summary>
internal sealed class CodeInlineRenderer : GithubObjectRenderer<CodeInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, CodeInline code)
    {
        var content = code.Content.Replace('\n', ' ').Replace('\r', ' ');
        if (content.Length == 0)
        {
            return;
        }
        if (renderer.InTableCell)
        {
            content = content.Replace("|", "\\|");
        }
        var fence = new string('`', LongestBacktickRun(content) + 1);
        var pad = content[0] == '`' || content[^1] == '`' || (content[0] == ' ' && content[^1] == ' ' && content.Trim(' ').Length > 0)
            ? " "
            : "";
        renderer.WriteRaw(fence + pad + content + pad + fence);
    }

    private static int LongestBacktickRun(string content)
    {
        int longest = 0, run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
