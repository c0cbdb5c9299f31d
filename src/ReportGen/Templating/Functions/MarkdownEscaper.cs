using System.Buffers;
using System.Text;

namespace ReportGen.Templating.Functions;

/// <summary>Turns data text into inline Markdown that Markdig (with every extension we enable) reads back literally.</summary>
internal static class MarkdownEscaper
{
    /// <summary>
    /// Escapes text for use anywhere inline: in a sentence, at the start of a line, or in a pipe table cell.
    /// "a*b | c" → "a\*b \| c".
    /// </summary>
    /// <remarks>
    /// Every ASCII punctuation character is backslash-escaped, which CommonMark allows for all of them, so no
    /// extension's trigger (pipes, <c>$</c> maths, <c>~</c>, <c>^</c>, <c>+</c>, <c>=</c>, <c>:</c>, autolinks
    /// after <c>www.</c> or <c>http:</c>) can fire; escaping only where needed would depend on context the
    /// escaper cannot see. Line breaks and other control characters become spaces, because an inline value must
    /// stay on one line (a table row, a list item), and leading and trailing white space is dropped, because Markdown
    /// drops it at the edges of a paragraph or table cell anyway. <see cref="Normalize"/> gives the text a reader sees.
    /// </remarks>
    public static string EscapeInline(string text) => Escape(Normalize(text));

    /// <summary>
    /// Like <see cref="EscapeInline"/>, but for a piece of text written between others (a separator such as " (" or
    /// "; incentive: "), whose spaces at either end are kept: "; a|b " → "\; a\|b ".
    /// </summary>
    public static string EscapeFragment(string text) => Escape(SpacedControls(text));

    private static string Escape(string normalized)
    {
        // Most data text (names, words, numbers) has nothing to escape; it is returned as it is, without a copy.
        if (!normalized.AsSpan().ContainsAny(Escaped)) return normalized;
        var builder = new StringBuilder(normalized.Length + normalized.Length / 4);
        foreach (var c in normalized)
        {
            if (IsAsciiPunctuation(c))
            {
                builder.Append('\\');
            }
            // The private-use characters that mark claims (ClaimRecorder) and numbered citations (VancouverStyle) while
            // the templates run reach the reader as themselves, through an entity, so that no cell can forge either.
            if (c is >= '\uE000' and <= '\uE1FF')
            {
                builder.Append("&#x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The literal text a Markdown reader gets back from <see cref="EscapeInline"/>: "  a\r\nb " → "a b".</summary>
    public static string Normalize(string text) => SpacedControls(text).Trim();

    private static string SpacedControls(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }

    /// <summary>Every character <see cref="Escape"/> changes: ASCII punctuation and symbols, and the private-use marks.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(i => (char)i).Where(IsAsciiPunctuation), .. Enumerable.Range(0xE000, 0x200).Select(i => (char)i)]);

    /// <summary>Every character <see cref="SpacedControls"/> changes (a carriage return among them).</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(char.IsControl)]);

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));
}
