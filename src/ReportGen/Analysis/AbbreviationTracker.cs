using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>
/// Finds which glossary entries a rendered table uses, and which abbreviation-like words it uses
/// that the glossary lacks, so the list under the table always matches the table.
/// </summary>
internal sealed partial class AbbreviationTracker(IReadOnlyList<Abbreviation> glossary)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Used => _used;
    public IReadOnlyCollection<string> Unknown => _unknown;
    public bool HasScanned { get; private set; }

    /// <summary>The glossary entries that occur in <paramref name="text"/>, in alphabetical order.</summary>
    public IReadOnlyList<Abbreviation> Scan(string text)
    {
        HasScanned = true;
        var found = glossary.Where(a => Occurs(a.Short, text))
            .OrderBy(a => a.Short, StringComparer.Ordinal).ToList();
        foreach (var a in found) _used.Add(a.Short);

        var known = glossary.Select(a => a.Short).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in AbbreviationLikeWord().Matches(text))
        {
            var singular = m.Groups["word"].Value;
            if (!known.Contains(m.Value) && !known.Contains(singular)) _unknown.Add(singular);
        }
        return found;
    }

    /// <summary>
    /// True when <paramref name="word"/> stands alone in <paramref name="text"/>, not inside a longer word; its plural
    /// with a small "s" counts too ("GPs" is a use of "GP"), as English writes the plural of an abbreviation.
    /// </summary>
    public static bool Occurs(string word, string text) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}s?(?![\p{{L}}\p{{N}}])");

    /// <summary>Two or more capitals (digits allowed after the first), standing alone, perhaps as a plural: "ACP", "NSLBP", "GPs".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>\p{Lu}[\p{Lu}\p{N}]+)s?(?![\p{L}\p{N}])")]
    private static partial Regex AbbreviationLikeWord();
}
