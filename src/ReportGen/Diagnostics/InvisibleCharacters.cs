using System.Globalization;
using System.Text;

namespace ReportGen.Diagnostics;

/// <summary>
/// Names the characters a terminal shows as nothing or as a plain space (a zero-width space, a byte order mark, a
/// no-break space, a control code), so that "country 'UK' is not in values.csv" says why 'UK' is not 'UK':
/// 'UK&lt;U+200B ZERO WIDTH SPACE&gt;'.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x0009] = "CHARACTER TABULATION", [0x000A] = "LINE FEED", [0x000D] = "CARRIAGE RETURN",
        [0x00A0] = "NO-BREAK SPACE", [0x00AD] = "SOFT HYPHEN", [0x034F] = "COMBINING GRAPHEME JOINER",
        [0x061C] = "ARABIC LETTER MARK", [0x115F] = "HANGUL CHOSEONG FILLER", [0x1160] = "HANGUL JUNGSEONG FILLER",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR", [0x2000] = "EN QUAD", [0x2001] = "EM QUAD", [0x2002] = "EN SPACE",
        [0x2003] = "EM SPACE", [0x2004] = "THREE-PER-EM SPACE", [0x2005] = "FOUR-PER-EM SPACE",
        [0x2006] = "SIX-PER-EM SPACE", [0x2007] = "FIGURE SPACE", [0x2008] = "PUNCTUATION SPACE",
        [0x2009] = "THIN SPACE", [0x200A] = "HAIR SPACE", [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER", [0x200D] = "ZERO WIDTH JOINER", [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK", [0x2028] = "LINE SEPARATOR", [0x2029] = "PARAGRAPH SEPARATOR",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING", [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING", [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE", [0x202F] = "NARROW NO-BREAK SPACE", [0x205F] = "MEDIUM MATHEMATICAL SPACE",
        [0x2060] = "WORD JOINER", [0x2061] = "FUNCTION APPLICATION", [0x2062] = "INVISIBLE TIMES",
        [0x2063] = "INVISIBLE SEPARATOR", [0x2064] = "INVISIBLE PLUS", [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE", [0x2068] = "FIRST STRONG ISOLATE", [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0x3000] = "IDEOGRAPHIC SPACE", [0x3164] = "HANGUL FILLER",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)", [0xFFA0] = "HALFWIDTH HANGUL FILLER",
    };

    /// <summary><paramref name="text"/> with each invisible character replaced by its code point and name.</summary>
    public static string Name(string text)
    {
        if (!text.EnumerateRunes().Any(IsInvisible)) return text;
        var named = new StringBuilder(text.Length + 32);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune)) named.Append('<').Append(Describe(rune)).Append('>');
            else named.Append(rune.ToString());
        }
        return named.ToString();
    }

    /// <summary>"U+200B ZERO WIDTH SPACE"; a character without a listed name is described by its kind.</summary>
    public static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        if (Names.TryGetValue(rune.Value, out var name)) return $"{code} {name}";
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => $"{code} CONTROL CHARACTER",
            UnicodeCategory.SpaceSeparator => $"{code} SPACE",
            _ => $"{code} INVISIBLE FORMATTING CHARACTER",
        };
    }

    private static bool IsInvisible(Rune rune) => rune.Value != ' ' && (Names.ContainsKey(rune.Value) ||
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
