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
            var before = state.Previous;
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
            if (BreaksBeforeWord(before, rune, text, i))
            {
                // TeX breaks after a hyphen or dash but never hyphenates the word that follows it, so in a narrow
                // column "post-educational" or "2010–2013" overflows; zero glue (like \hspace{0pt} at a cell's start)
                // makes the next word hyphenable and is itself the break point.
                output.Append(@"\hspace{0pt}");
                state.RunLength = 0;
                continue;
            }
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

    /// <summary>A hyphen or dash (not the non-breaking hyphen U+2011) with a letter or digit on both sides.</summary>
    private static bool BreaksBeforeWord(char before, Rune rune, string text, int next) =>
        rune.Value is '-' or 0x2010 or 0x2013 or 0x2014
        && char.IsLetterOrDigit(before) && next < text.Length && char.IsLetterOrDigit(text[next]);

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
        var form = rune.IsAscii ? AsciiForm((char)rune.Value, style) : LatexUnicode.FormOf(rune);
        if (form is null)
        {
            onUnmapped(index, rune);
            output.Append('?');
            return;
        }
        if (form.Value.NeedsTextcomp) packages.Use("textcomp");
        output.Append(form.Value.Latex);
    }

    /// <summary>The form of an ASCII character, or null for control characters, which nothing can print.</summary>
    private static LatexUnicode.Form? AsciiForm(char c, TextStyle style) => c switch
    {
        '\\' => new(@"\textbackslash{}"),
        '{' => new(@"\{"),
        '}' => new(@"\}"),
        '$' => new(@"\$"),
        '&' => new(@"\&"),
        '#' => new(@"\#"),
        '%' => new(@"\%"),
        '_' => new(@"\_"),
        '^' => new(@"\textasciicircum{}"),
        '~' => new(@"\textasciitilde{}"),
        '<' => new(@"\textless{}"),
        '>' => new(@"\textgreater{}"),
        '|' => new(@"\textbar{}"),
        '"' => new(@"\textquotedbl{}"),
        '\'' => new(@"\textquotesingle{}", NeedsTextcomp: true),
        '`' => new(@"\textasciigrave{}"),
        // A bracket right after \item or \\ would be read as an optional argument.
        '[' => new("{[}"),
        ']' => new("{]}"),
        ' ' => new(style.Code ? @"\ " : " "),
        '\t' => new(style.Code ? @"\ \ \ \ " : " "),
        '\n' => new("\n"),
        '\r' => new(""),
        < ' ' or '\x7f' => null,
        _ => new(PrintableAscii[c]),
    };

    /// <summary>Each ASCII character as a string, made once: most of a document's characters are written as themselves,
    /// and a string for each was most of what the LaTeX writer allocated.</summary>
    private static readonly string[] PrintableAscii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
}
