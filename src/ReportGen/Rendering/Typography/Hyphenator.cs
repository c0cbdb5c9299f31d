using System.Collections.Concurrent;
using System.Reflection;

namespace ReportGen.Rendering.Typography;

/// <summary>
/// Liang's hyphenation (the algorithm of TeX): every pattern that occurs in ".word." votes, at each gap between
/// letters, with a digit; the highest vote wins and an odd vote allows a hyphen. Exceptions are whole words
/// with their hyphens written in.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>TeX's \lefthyphenmin and \righthyphenmin for English: no "a-" and no "-ed".</summary>
    public const int LeftMin = 2, RightMin = 3;

    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private readonly int _longestPattern;

    public string Language { get; }

    public Hyphenator(string language, string texPatterns)
    {
        Language = language;
        foreach (var (command, body) in Groups(texPatterns))
            foreach (var entry in body.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
                if (command == "patterns") AddPattern(entry);
                else if (command == "hyphenation") AddException(entry);
        _longestPattern = _patterns.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The patterns shipped for <paramref name="language"/> (a BCP 47 tag), or null when there are none.</summary>
    public static Hyphenator? ForLanguage(string? language) =>
        IsEnglish(language) ? English.Value : null;

    private static bool IsEnglish(string? language) =>
        string.IsNullOrWhiteSpace(language)
        || language.Equals("en", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en_", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<Hyphenator> English = new(() => new Hyphenator("en-US", ReadResource("ReportGen.Hyphenation.en-US.tex")));

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Offsets in <paramref name="word"/> before which a hyphen may go, in increasing order. Only a word made of
    /// letters is hyphenated; anything else (numbers, codes, mixed tokens) is returned untouched, as TeX does.
    /// </summary>
    public IReadOnlyList<int> Points(string word) => Points(word.AsSpan());

    /// <inheritdoc cref="Points(string)"/>
    public IReadOnlyList<int> Points(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin || !AllLetters(word)) return [];
        // A word seen before (most words of a long review are) is looked up without a string of its own.
        if (_cacheBySpan.TryGetValue(word, out var points)) return points;
        var key = word.ToString();
        return _cache.GetOrAdd(key, Compute);
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>The word with hyphens at every point, for tests and messages: "hy-phen-ation".</summary>
    public string Hyphenate(string word)
    {
        var points = Points(word);
        var text = new System.Text.StringBuilder(word.Length + points.Count);
        var next = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (next < points.Count && points[next] == i) { text.Append('-'); next++; }
            text.Append(word[i]);
        }
        return text.ToString();
    }

    private int[] Compute(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_exceptions.TryGetValue(lower, out var exception)) return exception;
        var dotted = "." + lower + ".";
        var votes = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
            for (var end = start + 1; end <= Math.Min(dotted.Length, start + _longestPattern); end++)
                if (_lookup.TryGetValue(dotted.AsSpan(start, end - start), out var values))
                    for (var k = 0; k < values.Length; k++)
                        votes[start + k] = Math.Max(votes[start + k], values[k]);
        // votes[i + 1] is the gap before word[i], because of the leading dot.
        var points = new List<int>();
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
            if (votes[i + 1] % 2 == 1) points.Add(i);
        return points.ToArray();
    }

    private void AddPattern(string pattern)
    {
        var letters = new System.Text.StringBuilder();
        var values = new List<byte> { 0 };
        foreach (var c in pattern)
            if (char.IsAsciiDigit(c)) values[^1] = (byte)(c - '0');
            else { letters.Append(c); values.Add(0); }
        _patterns[letters.ToString()] = values.ToArray();
    }

    private void AddException(string entry)
    {
        var points = new List<int>();
        var letters = new System.Text.StringBuilder();
        foreach (var c in entry)
            if (c == '-') points.Add(letters.Length);
            else letters.Append(char.ToLowerInvariant(c));
        _exceptions[letters.ToString()] = points.ToArray();
    }

    /// <summary>The bodies of \patterns{…} and \hyphenation{…}, with TeX comments removed.</summary>
    private static IEnumerable<(string Command, string Body)> Groups(string tex)
    {
        var text = string.Join('\n', tex.Split('\n').Select(line => line.IndexOf('%') is var i and >= 0 ? line[..i] : line));
        foreach (var command in (string[])["patterns", "hyphenation"])
        {
            var at = 0;
            while ((at = text.IndexOf("\\" + command + "{", at, StringComparison.Ordinal)) >= 0)
            {
                var open = at + command.Length + 2;
                var close = text.IndexOf('}', open);
                if (close < 0) break;
                yield return (command, text[open..close]);
                at = close;
            }
        }
    }
}
