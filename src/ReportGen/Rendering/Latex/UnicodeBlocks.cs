namespace ReportGen.Rendering.Latex;

/// <summary>
/// Names of the Unicode blocks most likely to hold a character that has no LaTeX form, so that a
/// message says what kind of character it is (.NET has no character names).
/// </summary>
internal static class UnicodeBlocks
{
    private static readonly (int First, int Last, string Name)[] Blocks =
    [
        (0x0000, 0x001F, "C0 Controls"),
        (0x007F, 0x009F, "C1 Controls"),
        (0x0180, 0x024F, "Latin Extended-B"),
        (0x0250, 0x02AF, "IPA Extensions"),
        (0x02B0, 0x02FF, "Spacing Modifier Letters"),
        (0x0300, 0x036F, "Combining Diacritical Marks"),
        (0x0370, 0x03FF, "Greek and Coptic"),
        (0x0400, 0x04FF, "Cyrillic"),
        (0x0590, 0x05FF, "Hebrew"),
        (0x0600, 0x06FF, "Arabic"),
        (0x0900, 0x097F, "Devanagari"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x1E00, 0x1EFF, "Latin Extended Additional"),
        (0x2000, 0x206F, "General Punctuation"),
        (0x2070, 0x209F, "Superscripts and Subscripts"),
        (0x20A0, 0x20CF, "Currency Symbols"),
        (0x2100, 0x214F, "Letterlike Symbols"),
        (0x2150, 0x218F, "Number Forms"),
        (0x2190, 0x21FF, "Arrows"),
        (0x2200, 0x22FF, "Mathematical Operators"),
        (0x2300, 0x23FF, "Miscellaneous Technical"),
        (0x2460, 0x24FF, "Enclosed Alphanumerics"),
        (0x2500, 0x257F, "Box Drawing"),
        (0x25A0, 0x25FF, "Geometric Shapes"),
        (0x2600, 0x26FF, "Miscellaneous Symbols"),
        (0x2700, 0x27BF, "Dingbats"),
        (0x3000, 0x303F, "CJK Symbols and Punctuation"),
        (0x3040, 0x309F, "Hiragana"),
        (0x30A0, 0x30FF, "Katakana"),
        (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
        (0xAC00, 0xD7AF, "Hangul Syllables"),
        (0xE000, 0xF8FF, "Private Use Area"),
        (0xFB00, 0xFB4F, "Alphabetic Presentation Forms"),
        (0xFE00, 0xFE0F, "Variation Selectors"),
        (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
        (0xFFF0, 0xFFFF, "Specials"),
        (0x1D400, 0x1D7FF, "Mathematical Alphanumeric Symbols"),
        (0x1F300, 0x1F5FF, "Miscellaneous Symbols and Pictographs"),
        (0x1F600, 0x1F64F, "Emoticons"),
        (0x1F680, 0x1F6FF, "Transport and Map Symbols"),
        (0x1F900, 0x1F9FF, "Supplemental Symbols and Pictographs"),
    ];

    public static string? NameOf(int codePoint)
    {
        foreach (var (first, last, name) in Blocks)
            if (codePoint >= first && codePoint <= last) return name;
        return null;
    }
}
