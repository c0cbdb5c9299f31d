namespace ReportGen.Verification;

/// <summary>
/// The sentences of a plain text, as character ranges: a paragraph break ends one, and so does '.', '!' or '?' before
/// a capital letter, outside parentheses and after more than an initial ("K. Y. Wang") or an abbreviation ("e.g.").
/// </summary>
internal static class Sentences
{
    private static readonly string[] Abbreviations = ["al", "e.g", "i.e", "vs", "cf", "fig", "no", "approx"];

    public static List<(int Start, int End)> Of(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            var paragraphEnd = c == '\n' && i + 1 < text.Length && text[i + 1] == '\n';
            var sentenceEnd = depth == 0 && c is '.' or '!' or '?' && EndsSentence(text, i);
            if (!paragraphEnd && !sentenceEnd) continue;
            Add(start, sentenceEnd ? i + 1 : i);
            start = i + 1;
            if (paragraphEnd) depth = 0;
        }
        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            if (to > from) sentences.Add((from, to));
        }
    }

    /// <summary>Each sentence's tokens: indexes into <paramref name="tokens"/>.</summary>
    public static List<List<int>> TokensOf(List<(int Start, int End)> sentences, IReadOnlyList<Token> tokens)
    {
        var result = sentences.Select(_ => new List<int>()).ToList();
        var s = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (s < sentences.Count - 1 && tokens[t].Start >= sentences[s].End) s++;
            if (tokens[t].Start >= sentences[s].Start && tokens[t].Start < sentences[s].End) result[s].Add(t);
        }
        return result;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\n' or '\u00A0') next++;
        if (next == i + 1 || next >= text.Length || !char.IsUpper(text[next])) return next >= text.Length;
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !Abbreviations.Contains(word.ToLowerInvariant());
    }
}
