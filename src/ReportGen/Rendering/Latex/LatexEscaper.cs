using System.Text;

namespace ReportGen.Rendering.Latex;

/// <summary>How literal text is set: as code (spaces kept) and/or with break points inside long tokens.</summary>
internal readonly record struct TextStyle(bool Code = false, bool Breakable = false)
{
    public static TextStyle Prose => new();
}

/// <summary>
/// Turns literal text into LaTeX that prints exactly that text: no character can start a command,
/// open a group, switch to math or form a ligature that would change what is printed.
/// </summary>
internal static class LatexEscaper
{
    /// <summary>Tokens longer than this get break points after separators such as / . - _ so a URL can wrap.</summary>
    private const int LongToken = 12;

    /// <summary>A run of this many characters with no break point gets one, so no word can overflow a narrow column.</summary>
    private const int LongestUnbrokenRun = 20;

    private const string Separators = "/.-_?&=#:;,@+|\\";

    /// <summary>Characters that form ligatures with each other in T1 or in LuaTeX's TeX ligatures (--, ``, ,,, <<, !`).</summary>
    private const string LigatureCharacters = "-,<>'`!?\"";

    /// <summary>
    /// Appends the LaTeX form of <paramref name="text"/>; reports each character with no LaTeX form by its index.
    /// <paramref name="previous"/> is the character written just before, if any, so that no ligature forms
    /// across two pieces of text; the return value is the last character, to pass on to the next piece.
    /// </summary>
    public static char Append(
        StringBuilder output, string text, TextStyle style, LatexPackageSet packages, Action<int, Rune> onUnmapped,
        char previous = '\0')
    {
        var tokenStart = 0;
        var runLength = 0;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var width = rune.Utf16SequenceLength;
            var c = rune.IsBmp ? (char)rune.Value : '\0';
            if (char.IsWhiteSpace(c)) tokenStart = i + width;

            if (previous != '\0' && LigatureCharacters.Contains(previous) && c != '\0' && LigatureCharacters.Contains(c))
                output.Append(@"\kern0pt");

            AppendRune(output, rune, i, style, packages, onUnmapped);
            previous = c;

            i += width;
            if (!style.Breakable || char.IsWhiteSpace(c))
            {
                runLength = 0;
                continue;
            }
            var tokenEnd = TokenEnd(text, i);
            var isLastOfToken = i >= tokenEnd;
            runLength++;
            if (isLastOfToken) continue;
            if (tokenEnd - tokenStart > LongToken && Separators.Contains(c) || runLength >= LongestUnbrokenRun)
            {
                output.Append(@"\allowbreak{}");
                runLength = 0;
            }
            else if (Separators.Contains(c))
            {
                runLength = 0;
            }
        }
        return previous;
    }

    public static string Escape(string text, TextStyle style, LatexPackageSet packages, Action<int, Rune> onUnmapped)
    {
        var output = new StringBuilder(text.Length + 16);
        Append(output, text, style, packages, onUnmapped);
        return output.ToString();
    }

    private static int TokenEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return end;
    }

    private static void AppendRune(
        StringBuilder output, Rune rune, int index, TextStyle style, LatexPackageSet packages, Action<int, Rune> onUnmapped)
    {
        if (rune.IsAscii)
        {
            output.Append(AsciiForm((char)rune.Value, style, index, rune, onUnmapped, packages));
            return;
        }
        if (LatexUnicode.FormOf(rune) is { } form)
        {
            if (form.NeedsTextcomp) packages.Use("textcomp");
            output.Append(form.Latex);
            return;
        }
        onUnmapped(index, rune);
        output.Append('?');
    }

    private static string AsciiForm(
        char c, TextStyle style, int index, Rune rune, Action<int, Rune> onUnmapped, LatexPackageSet packages)
    {
        switch (c)
        {
            case '\\': return @"\textbackslash{}";
            case '{': return @"\{";
            case '}': return @"\}";
            case '$': return @"\$";
            case '&': return @"\&";
            case '#': return @"\#";
            case '%': return @"\%";
            case '_': return @"\_";
            case '^': return @"\textasciicircum{}";
            case '~': return @"\textasciitilde{}";
            case '<': return @"\textless{}";
            case '>': return @"\textgreater{}";
            case '|': return @"\textbar{}";
            case '"': return @"\textquotedbl{}";
            case '\'':
                packages.Use("textcomp");
                return @"\textquotesingle{}";
            case '`': return @"\textasciigrave{}";
            // A bracket right after \item or \\ would be read as an optional argument.
            case '[': return "{[}";
            case ']': return "{]}";
            case ' ': return style.Code ? @"\ " : " ";
            case '\t': return style.Code ? @"\ \ \ \ " : " ";
            case '\n': return "\n";
            case '\r': return "";
        }
        if (c < ' ' || c == '\x7f')
        {
            onUnmapped(index, rune);
            return "?";
        }
        return c.ToString();
    }
}
