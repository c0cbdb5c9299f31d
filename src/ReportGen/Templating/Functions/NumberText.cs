using System.Globalization;
using Humanizer;

namespace ReportGen.Templating.Functions;

/// <summary>The one place that decides how counts and percentages are written.</summary>
internal static class NumberText
{
    /// <summary>(18, 24) → "75%", (15, 24) → "62.5%": see <see cref="Analysis.Share.Percent"/>.</summary>
    public static string Percent(int part, int whole) => Analysis.Share.Percent(part, whole);

    /// <summary>
    /// The number in English words, as Humanizer writes them: 24 → "twenty-four", 121 → "one hundred and
    /// twenty-one"; capitalized: 24 → "Twenty-four".
    /// </summary>
    public static string Words(int number, bool capitalize = false)
    {
        // Humanizer falls back to English for the invariant culture, which is the only one this program has.
        var words = number.ToWords();
        return capitalize ? Capitalize(words) : words;
    }

    /// <summary>
    /// A count inside a sentence, as APA writes it: words below ten, digits from ten up:
    /// 3 → "three", 24 → "24", 1087 → "1087" (no thousands separator, as the review writes it).
    /// </summary>
    public static string InText(int number) =>
        number is >= 0 and < 10 ? Words(number) : number.ToString(CultureInfo.InvariantCulture);

    internal static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
