using System.Buffers;
using System.Text;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Escapes literal text so that Markdown readers (GitHub, and Markdig with the advanced extensions our parser
/// uses) read it back as the same text. Only characters that could start markup in their position are escaped,
/// so prose such as "x = 0.05", "a > b" or "3 + 4" stays readable in the raw file. Bare URLs and e-mail addresses are
/// kept from becoming links too: a reader's autolink swallows the escapes that follow it, and a link is markup.
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

    private static readonly string[] AutolinkSchemes = ["http", "https", "ftp", "mailto", "tel"];

    public static string Escape(string text, TextEscapeContext context)
    {
        var normalised = Normalise(text);
        var start = 0;
        var end = normalised.Length;
        if (context.AtLineStart)
        {
            while (start < end && char.IsWhiteSpace(normalised[start])) start++;
        }
        if (context.AtLineEnd)
        {
            while (end > start && char.IsWhiteSpace(normalised[end - 1])) end--;
        }

        var escaped = new StringBuilder(end - start + 8);
        for (var i = start; i < end; i++)
        {
            var c = normalised[i];
            var before = i > start ? normalised[i - 1] : context.Before.LastOrDefault();
            var after = i + 1 < end ? normalised[i + 1] : context.After;
            var isFirstOnLine = context.AtLineStart && i == start;
            // The text before c is the output's end joined to this piece so far, looked at in place rather than copied
            // for every '.' of a long paragraph.
            if (NeedsEscape(c, before, after, isFirstOnLine, context.InHeading)
                || (c is ':' or '.' or '@' && StartsAutolink(context.Before, normalised.AsSpan(start, i - start), c, before))
                || (c is '.' or ')' && context.LineSoFar is not null && IsOrderedListDelimiter(context.LineSoFar, normalised.AsSpan(start, i - start), c)))
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
        // Markdig reads "{…}" near the end of a heading as generic attributes even after an escaped "{", and drops it.
        || (c == '}' && inHeading)
        || (c == '&' && (char.IsAsciiLetterOrDigit(after) || after == '#'));

    // "http:", "www." and "name@" are where readers start bare links; one escape there breaks the pattern.
    private static bool StartsAutolink(string output, ReadOnlySpan<char> piece, char c, char before)
    {
        switch (c)
        {
            case ':':
                foreach (var scheme in AutolinkSchemes)
                    if (EndsWith(output, piece, scheme)) return true;
                return false;
            case '.':
                return EndsWith(output, piece, "www");
            case '@':
                return char.IsLetterOrDigit(before) || before is '.' or '-' or '_' or '+';
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="first"/> followed by <paramref name="second"/> ends with the ASCII word
    /// <paramref name="suffix"/>, in any case.</summary>
    private static bool EndsWith(string first, ReadOnlySpan<char> second, string suffix)
    {
        if (second.Length >= suffix.Length) return second.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        var fromFirst = suffix.Length - second.Length;
        return first.Length >= fromFirst
            && first.AsSpan(first.Length - fromFirst).Equals(suffix.AsSpan(0, fromFirst), StringComparison.OrdinalIgnoreCase)
            && second.Equals(suffix.AsSpan(fromFirst), StringComparison.OrdinalIgnoreCase);
    }

    // "1. x", "1) x", and with our parser's list extras "a. x" or "iv) x", at the start of a line begin a list.
    // The line before c is lineSoFar joined to the piece so far.
    private static bool IsOrderedListDelimiter(string lineSoFar, ReadOnlySpan<char> piece, char c)
    {
        var length = lineSoFar.Length + piece.Length;
        return c is '.' or ')'
            && length > 0
            && ((!lineSoFar.AsSpan().ContainsAnyExcept(AsciiDigits) && !piece.ContainsAnyExcept(AsciiDigits))
                || (length == 1 && char.IsAsciiLetter(lineSoFar.Length == 1 ? lineSoFar[0] : piece[0]))
                || (!lineSoFar.AsSpan().ContainsAnyExcept(RomanLetters) && !piece.ContainsAnyExcept(RomanLetters)));
    }

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> RomanLetters = SearchValues.Create("ivxlcdmIVXLCDM");

    // A line break inside literal text would end a table row or start a new block, and NUL is not allowed
    // in Markdown (readers replace it), so both are settled here once.
    private static string Normalise(string text) =>
        text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\0', '\uFFFD');
}
