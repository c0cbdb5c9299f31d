using System.Globalization;
using Humanizer;

namespace ReportGen.Templating.Functions;

/// <summary>The one place that decides how counts and percentages are written.</summary>
public static class NumberText
{
    /// <summary>
    /// A share of a whole, rounded half away from zero to one decimal, with ".0" dropped:
    /// (18, 24) → "75%", (15, 24) → "62.5%", (4, 24) → "16.7%", (11, 24) → "45.8%".
    /// </summary>
    public static string Percent(int part, int whole)
    {
        if (whole <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(whole), whole, "The whole of a percentage must be greater than zero.");
        }
        var percent = Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
        return percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }

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
