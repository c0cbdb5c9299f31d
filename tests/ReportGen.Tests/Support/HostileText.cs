using System.Text;
using CsCheck;

namespace ReportGen.Tests.Support;

/// <summary>Generators of text that is hostile to one output format or another, for the fuzz tests.</summary>
internal static class HostileText
{
    /// <summary>Markup and code of every output format, and the text that breaks naive readers.</summary>
    public static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "**bold**", "__u__", "*", "_", "`", "```", "~~", "[x](javascript:alert(1))", "![i](/etc/passwd)",
        "| a | b |", "|", "---", "===", "# ", "> ", "- ", "1. ", "+ ", "\\", "\\input{/etc/passwd}", "\\def\\x{y}", "\\\\",
        "$x$", "$$", "$", "%", "&", "#", "^", "~", "{", "}", "[", "]", "{#id .class}", ":::", "[^1]", "*[HTML]: x",
        "]]><svg onload=alert(1)>", "<![CDATA[", "&amp;", "&#0;", "&lt;", "<", ">", "\"", "'", "--", "``", ",,", "<<",
        "{{ 7*7 }}", "{{", "}}", "{% raw %}", "http://example.com", "www.example.com", "a@b.c",
        "مرحبا بالعالم", "שלום עולם", "\u202Eabc\u202C", "\u200F", "👍🏽", "👨‍👩‍👧", "🇦🇺", "e\u0301", "ﬁ", "ß", "İ",
        "\u00A0", "\u2028", "\u2010", "–", "’", "Schröder", "Östergötland", "®",
        " ", "  ", "\t", "\r", "\n", "\r\n", "\0", ",", ";", "\"\"", "NA", "0", "-1", "99999999999999999999",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(Pieces);

    /// <summary>Any characters, including control characters and characters outside the Basic Multilingual Plane.</summary>
    private static readonly Gen<string> AnyChars = Gen.Int[0, 0x10FFFF]
        .Where(c => c is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32)
        .Array[1, 6]
        .Select(string.Concat);

    /// <summary>Up to a dozen hostile pieces, plain words and random characters, side by side.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
            (6, Piece), (2, Gen.String[Gen.Char['a', 'z'], 1, 8]), (1, AnyChars))
        .Array[0, 12]
        .Select(string.Concat);

    /// <summary>Text that can stand in a cell of a valid file: never empty once trimmed, so a required cell stays filled.</summary>
    public static readonly Gen<string> CellText = Text.Select(t => "v " + t);

    public static string Describe(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
            builder.Append(Rune.IsControl(rune) ? $"\\u{rune.Value:X4}" : rune.ToString());
        return builder.Append('"').ToString();
    }
}
