using System.Globalization;
using System.Text;

namespace ReportGen.Templating.Functions;

/// <summary>
/// Keys for comparing and sorting names the way a reader does: "Wáng" and "Wang" are the same surname, and
/// "Schröder" sorts with the S-c-h-r names, not after "Z".
/// </summary>
/// <remarks>
/// The program runs with invariant globalization, so culture-aware comparison (CompareOptions.IgnoreNonSpace)
/// and Unicode decomposition are not available: both fall back to ordinal. Latin letters with diacritics
/// (Latin-1 Supplement and Latin Extended-A, which cover European author names) are therefore folded by the
/// table below, derived from their Unicode decompositions; combining marks are dropped; other letters are only
/// lower-cased. Spaces and punctuation are left out of the key, so "O'Malley" sorts as "omalley" (APA
/// alphabetises letter by letter).
/// </remarks>
internal static class NameFolding
{
    private const char FirstFolded = '\u00C0';

    // One entry per character from U+00C0 to U+017F; '*' marks the letters that fold to two (see Ligatures),
    // ' ' marks × and ÷, which are not letters.
    private const string LatinBase =
        "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*yaaaaaaccccccccddddeeeeeeeeeegggggggghhhh" +
        "iiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['Æ'] = "ae", ['æ'] = "ae", ['Þ'] = "th", ['þ'] = "th", ['ß'] = "ss",
        ['Ĳ'] = "ij", ['ĳ'] = "ij", ['Œ'] = "oe", ['œ'] = "oe",
    };

    /// <summary>"Wáng" → "wang"; "O'Malley" → "omalley"; "K. Y." → "ky".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= FirstFolded && c - FirstFolded < LatinBase.Length)
            {
                var folded = LatinBase[c - FirstFolded];
                if (folded == '*')
                {
                    builder.Append(Ligatures[c]);
                }
                else if (folded != ' ')
                {
                    builder.Append(folded);
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Surrogate)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
