using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Verification;

/// <summary>A word or a number of the text: its place (<see cref="Start"/>, <see cref="Length"/>) and, for a number, its value.</summary>
internal sealed record Token(int Start, int Length, string Text, decimal? Number, bool IsPercent, int Decimals)
{
    public bool IsNumber => Number is not null;

    /// <summary>What alignment compares: the word in lower case, or "#" / "#%" for any number.</summary>
    public string Key => IsNumber ? (IsPercent ? "#%" : "#") : Text.ToLowerInvariant();

    public int End => Start + Length;
}

/// <summary>Splits plain text into words and numbers; numbers are digits ("24", "45.8%", "1,087") or English words ("Twenty-four").</summary>
internal static partial class Tokens
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Groups["digits"].Success)
            {
                var digits = match.Groups["digits"].Value;
                var plain = digits.Replace(",", "", StringComparison.Ordinal);
                var point = plain.IndexOf('.', StringComparison.Ordinal);
                var value = decimal.Parse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                tokens.Add(new Token(match.Index, match.Length, match.Value, value, match.Groups["percent"].Success,
                    point < 0 ? 0 : plain.Length - point - 1));
            }
            else
            {
                tokens.Add(new Token(match.Index, match.Length, match.Value, WordValue(match.Value), false, 0));
            }
        }
        return tokens;
    }

    /// <summary>"eleven" → 11, "Twenty‐four" → 24; null for any other word.</summary>
    public static decimal? WordValue(string word)
    {
        var parts = word.ToLowerInvariant().Split('-', '\u2010', '\u2011');
        if (parts.Length == 1)
        {
            var unit = Array.IndexOf(Units, parts[0]);
            if (unit >= 0) return unit;
            var ten = Array.IndexOf(Tens, parts[0]);
            return ten >= 2 ? ten * 10 : null;
        }
        if (parts.Length == 2 && Array.IndexOf(Tens, parts[0]) is >= 2 and var tens && Array.IndexOf(Units, parts[1]) is >= 1 and <= 9 and var units)
            return tens * 10 + units;
        return null;
    }

    // A comma groups thousands only before exactly three digits, so "2013,2022" (two years) stays two numbers.
    [GeneratedRegex(@"(?<digits>\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(?<percent>\s?%)?|\p{L}[\p{L}\p{Mn}'’]*(?:[-\u2010\u2011]\p{L}+)*")]
    private static partial Regex Pattern();
}
