using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Verification;

/// <summary>
/// The arithmetic a sentence states, whoever wrote it: "x of y (z%)" (y, when the sentence gives none, is the whole the
/// data's percentages are of), "Of the T campaigns, a … and b …" and "a …, b …, making a total of T". A percentage is
/// right when it is x/y rounded to its own decimals; one rounded more coarsely than the text's others is reported too.
/// </summary>
internal static class ArithmeticChecks
{
    /// <summary>How far before a percentage its count may stand ("15 targeted clinicians only (62.5%)").</summary>
    private const int CountReach = 6;

    public static void Check(PlainText input, IReadOnlyList<Token> tokens, int? defaultWhole, ISet<int> reportedAt, List<Diagnostic> findings)
    {
        var text = input.Text;
        var depth = Depths(text);
        var sentences = Sentences.TokensOf(Sentences.Of(text), tokens);
        var percents = tokens.Where(t => t.IsPercent).ToList();
        var finest = percents.Count == 0 ? 0 : percents.Max(t => t.Decimals);
        var example = percents.FirstOrDefault(t => t.Decimals == finest);
        foreach (var sentence in sentences)
        {
            Percentages(input, tokens, sentence, defaultWhole, finest, example, reportedAt, findings);
            Sums(input, tokens, sentence, depth, reportedAt, findings);
        }
    }

    private static void Percentages(PlainText input, IReadOnlyList<Token> tokens, List<int> sentence, int? defaultWhole, int finest,
        Token? example, ISet<int> reportedAt, List<Diagnostic> findings)
    {
        for (var s = 0; s < sentence.Count; s++)
        {
            var percent = tokens[sentence[s]];
            if (!percent.IsPercent || reportedAt.Contains(percent.Start)) continue;
            var x = -1;
            for (var back = s - 1; back >= Math.Max(0, s - CountReach); back--)
            {
                var candidate = tokens[sentence[back]];
                if (candidate.IsPercent) break;
                if (candidate.IsNumber)
                {
                    x = back;
                    break;
                }
            }
            if (x < 0) continue;
            // "x of the y campaigns (z%)": the number nearest the percentage is the whole, and x stands before "of".
            Token? stated = null;
            var of = x - 1;
            if (of >= 0 && tokens[sentence[of]].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) of--;
            if (of >= 1 && tokens[sentence[of]].Text.Equals("of", StringComparison.OrdinalIgnoreCase) &&
                tokens[sentence[of - 1]] is { IsNumber: true, IsPercent: false })
            {
                stated = tokens[sentence[x]];
                x = of - 1;
            }
            var part = tokens[sentence[x]];
            var whole = stated?.Number ?? defaultWhole;
            if (whole is not > 0 || part.Number > whole || reportedAt.Contains(part.Start) || (stated is not null && reportedAt.Contains(stated.Start)))
                continue;
            var exact = part.Number!.Value * 100m / whole.Value;
            var atOwn = Math.Round(exact, percent.Decimals, MidpointRounding.AwayFromZero);
            var quote = Quote(input.Text, part.Start, percent.End);
            var partOfWhole = $"{Format(part.Number.Value)} of {Format(whole.Value)}";
            if (atOwn != percent.Number)
            {
                findings.Add(input.At(percent.Start, VerifyCodes.PercentArithmetic,
                    $"\"{quote}\": {partOfWhole} is {Format(Math.Round(exact, Math.Max(1, percent.Decimals), MidpointRounding.AwayFromZero))}%, not {percent.Text}",
                    "Correct the count or the percentage; ReportGen writes both from the data when the sentence is generated."));
                reportedAt.Add(percent.Start);
            }
            else if (percent.Decimals < finest && Math.Round(exact, finest, MidpointRounding.AwayFromZero) != atOwn && example is not null)
            {
                findings.Add(input.At(percent.Start, VerifyCodes.PercentPrecision,
                    $"\"{quote}\": {percent.Text} gives {partOfWhole} to {Decimals(percent.Decimals)} while the text gives percentages to {Decimals(finest)} ({example.Text}); at that precision it is {Format(Math.Round(exact, finest, MidpointRounding.AwayFromZero))}%",
                    "Write every percentage of the text to the same precision."));
                reportedAt.Add(percent.Start);
            }
        }
    }

    private static void Sums(PlainText input, IReadOnlyList<Token> tokens, List<int> sentence, int[] depth, ISet<int> reportedAt, List<Diagnostic> findings)
    {
        if (sentence.Count < 4) return;
        var words = sentence.Select(i => tokens[i]).ToList();
        Token? total = null;
        List<Token> parts;
        if (words[0].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && words[1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) &&
            words[2].IsNumber && !words[2].IsPercent)
        {
            total = words[2];
            parts = Counts(input.Text, words.Skip(4), depth);
        }
        else
        {
            var at = words.FindIndex(w => w.Text.Equals("total", StringComparison.OrdinalIgnoreCase));
            if (at < 0 || at + 2 >= words.Count || !words[at + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) || !words[at + 2].IsNumber || words[at + 2].IsPercent)
                return;
            total = words[at + 2];
            parts = Counts(input.Text, words.Take(at), depth);
        }
        if (parts.Count < 2 || parts.Any(p => reportedAt.Contains(p.Start)) || reportedAt.Contains(total.Start)) return;
        var sum = parts.Sum(p => p.Number!.Value);
        if (sum == total.Number) return;
        findings.Add(input.At(total.Start, VerifyCodes.CategorySum,
            $"\"{Quote(input.Text, total.Start, parts[^1].End)}\": {string.Join(" + ", parts.Select(p => Format(p.Number!.Value)))} = {Format(sum)}, not the {Format(total.Number!.Value)} the sentence states",
            "Correct the counts or the total so that they add up."));
        reportedAt.Add(total.Start);
    }

    /// <summary>The counts of a list: numbers outside parentheses, or written "(n = 3)".</summary>
    private static List<Token> Counts(string text, IEnumerable<Token> words, int[] depth) =>
        words.Where(w => w.IsNumber && !w.IsPercent && (depth[w.Start] == 0 || IsN(text, w.Start))).ToList();

    private static bool IsN(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] != '=') return false;
        i--;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == 'n';
    }

    private static int[] Depths(string text)
    {
        var depth = new int[text.Length + 1];
        var d = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') d++;
            depth[i] = d;
            if (text[i] == ')') d = Math.Max(0, d - 1);
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n') d = 0;
        }
        return depth;
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> on one line, with a closing parenthesis after a percentage.</summary>
    public static string Quote(string text, int start, int end)
    {
        if (end < text.Length && text[end] == ')' && text.LastIndexOf('(', end) >= start) end++;
        var quote = string.Join(' ', text[start..end].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return quote.Length <= 120 ? quote : quote[..117] + "…";
    }

    private static string Decimals(int decimals) => decimals switch { 0 => "the whole percent", 1 => "one decimal", _ => $"{decimals} decimals" };

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
