using System.Text;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Escapes literal text so that Markdown readers (GitHub, and Markdig with the advanced extensions our parser
/// uses) read it back as the same text. Only characters that could start markup in their position are escaped,
/// so prose such as "p = 0.05" or "a > b" stays readable in the raw file.
/// </summary>
internal static class MarkdownTextEscaper
{
    // Markup wherever they stand: code, emphasis, links, autolinks and HTML, tables, strikethrough and
    // subscript, superscript, math, generic attributes.
    private const string AlwaysEscaped = "\\`*_[]<|~^${";

    // Markup when doubled: inserted (++), marked (==), citations (""), inline containers (::).
    private const string EscapedWhenDoubled = "+=\":";

    // Markup at the start of a line: headings, block quotes, list items, setext underlines, definition lists.
    private const string EscapedAtLineStart = "#>-+=:";

    public static string Escape(string text, TextEscapeContext context)
    {
        var normalised = Normalise(text);
        var start = 0;
        var end = normalised.Length;
        if (context.AtLineStart)
        {
            while (start < end && IsSpaceOrTab(normalised[start])) start++;
        }
        if (context.AtLineEnd)
        {
            while (end > start && IsSpaceOrTab(normalised[end - 1])) end--;
        }

        var escaped = new StringBuilder(end - start + 8);
        for (var i = start; i < end; i++)
        {
            var c = normalised[i];
            var before = i > start ? normalised[i - 1] : context.Before;
            var after = i + 1 < end ? normalised[i + 1] : context.After;
            var isFirstOnLine = context.AtLineStart && i == start;
            if (NeedsEscape(c, before, after, isFirstOnLine, context.InHeading)
                || ((context.AtLineStart || context.AfterLineDigits) && IsOrderedListDelimiter(normalised, start, i, context.AfterLineDigits)))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c, char before, char after, bool isFirstOnLine, bool inHeading) =>
        AlwaysEscaped.Contains(c)
        || (isFirstOnLine && EscapedAtLineStart.Contains(c))
        || (EscapedWhenDoubled.Contains(c) && (before == c || after == c))
        || (c == '#' && inHeading)
        || (c == '&' && (char.IsAsciiLetterOrDigit(after) || after == '#'));

    // "1. x" or "1) x" at the start of a line would begin an ordered list.
    private static bool IsOrderedListDelimiter(string text, int lineStart, int index, bool afterLineDigits)
    {
        if ((index == lineStart && !afterLineDigits) || (text[index] != '.' && text[index] != ')'))
        {
            return false;
        }
        for (var i = lineStart; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }

    // A line break inside literal text would end a table row or start a new block, and NUL is not allowed
    // in Markdown (readers replace it), so both are settled here once.
    private static string Normalise(string text) =>
        text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\0', '\uFFFD');

    private static bool IsSpaceOrTab(char c) => c is ' ' or '\t';
}
