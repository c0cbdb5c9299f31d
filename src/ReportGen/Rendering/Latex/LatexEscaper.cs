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
/// <summary>What the escaper must remember between two pieces of text written side by side.</summary>
internal struct EscapeState
{
    public char Previous;
    public int TokenLength;
    public int RunLength;
}

internal static class LatexEscaper
{
    /// <summary>
    /// After this many characters of a token (a URL, a path, a long compound), separators such as / . - _
    /// become break points; shorter tokens like "e.g." or "and/or" keep their separators unbreakable.
    /// </summary>
    private const int LongToken = 8;

    /// <summary>A run of this many characters with no break point gets one, so no word can overflow a narrow column.</summary>
    private const int LongestUnbrokenRun = 20;

    private const string Separators = "/.-_?&=#:;,@+|\\";

    /// <summary>Characters that form ligatures with each other in T1 or in LuaTeX's TeX ligatures (--, ``, ,,, <<, !`).</summary>
    private const string LigatureCharacters = "-,<>'`!?\"";

    /// <summary>
    /// Appends the LaTeX form of <paramref name="text"/>; reports each character with no LaTeX form by its index.
    /// <paramref name="state"/> carries what was written just before, so that two pieces of text side by side
    /// (Markdown splits text at every escape) form no ligature and break long tokens as one text would.
    /// </summary>
    public static void Append(
        StringBuilder output, string text, TextStyle style, LatexPackageSet packages, Action<int, Rune> onUnmapped,
        ref EscapeState state)
    {
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var c = rune.IsBmp ? (char)rune.Value : '\0';

            if (state.Previous != '\0' && LigatureCharacters.Contains(state.Previous) && c != '\0' && LigatureCharacters.Contains(c))
                output.Append(@"\kern0pt");

            AppendRune(output, rune, i, style, packages, onUnmapped);
            state.Previous = c;
            i += rune.Utf16SequenceLength;

            if (char.IsWhiteSpace(c))
            {
                state.TokenLength = 0;
                state.RunLength = 0;
                continue;
            }
            state.TokenLength++;
            state.RunLength++;
            if (!style.Breakable) continue;
            var isSeparator = Separators.Contains(c) && c != '\0';
            if (isSeparator && state.TokenLength >= LongToken || state.RunLength >= LongestUnbrokenRun)
            {
                output.Append(@"\allowbreak{}");
                state.RunLength = 0;
            }
            else if (isSeparator)
            {
                state.RunLength = 0;
            }
        }
    }

    public static string Escape(string text, TextStyle style, LatexPackageSet packages, Action<int, Rune> onUnmapped)
    {
        var output = new StringBuilder(text.Length + 16);
        var state = new EscapeState();
        Append(output, text, style, packages, onUnmapped, ref state);
        return output.ToString();
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
