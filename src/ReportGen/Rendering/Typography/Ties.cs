namespace ReportGen.Rendering.Typography;

/// <summary>
/// Where a space must not become a line break (TeX's ties, "~"): inside "n = 10", around "et al.", after an
/// initial, between a number and its unit, between a label such as "Table" and its number, and around the
/// "=" of "CA = Canada". One rule for every writer, so the PDF and the LaTeX break the same way; templates
/// never need to type the ties themselves.
/// </summary>
internal static class Ties
{
    public const char NoBreakSpace = '\u00A0';

    private static readonly HashSet<string> Relations = ["=", "<", ">", "\u2264", "\u2265", "\u2248", "\u2260", "\u00B1", "\u00D7"];

    /// <summary>Unit symbols written after a number (SI and the common clinical ones); words such as "years" are not units.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "%", "\u2030", "\u00B0C", "\u00B0F", "\u00B0", "K",
        "nm", "\u00B5m", "mm", "cm", "m", "km", "in", "ft",
        "ng", "\u00B5g", "mg", "g", "kg", "lb",
        "\u00B5l", "\u00B5L", "ml", "mL", "dl", "dL", "l", "L",
        "ms", "s", "min", "h", "hr", "hrs", "d", "wk", "mo", "yr", "yrs",
        "Hz", "kHz", "MHz", "mmHg", "kPa", "Pa", "J", "kJ", "kcal", "cal", "W", "kW", "V", "mV", "mSv", "Sv", "Gy", "mGy", "T",
        "mmol", "mol", "IU", "U", "bpm", "px", "pt", "MB", "GB", "kB",
    };

    /// <summary>
    /// A weak tie (a name and "et al.", an initial and a surname, a label and its number) may still break when
    /// nothing else avoids a very loose line; a strong one ("n = 10", "et al.", "10 mg") never does.
    /// </summary>
    public static bool IsWeak(string left, string right)
    {
        var leftCore = Core(left);
        var rightCore = Core(right);
        if (Relations.Contains(leftCore) || Relations.Contains(rightCore)) return false;
        if (leftCore == "et") return false;
        return !(IsNumber(leftCore) && Units.Contains(UnitCore(right)));
    }

    /// <summary>True when the space between <paramref name="left"/> and <paramref name="right"/> is a tie.</summary>
    /// <param name="left">The token before the space (the text back to the previous space).</param>
    /// <param name="right">The token after the space.</param>
    /// <param name="afterRight">The token after <paramref name="right"/>, or null at the end of the text.</param>
    public static bool Binds(string left, string right, string? afterRight)
    {
        if (left.Length == 0 || right.Length == 0) return false;
        var leftCore = Core(left);
        var rightCore = Core(right);
        // "n = 10": the relation binds to both sides, but not to a word that ends a clause ("Math: ≥ 5", "5, ≤ 3").
        if (Relations.Contains(leftCore)) return true;
        if (Relations.Contains(rightCore)) return left[^1] is not (',' or ';' or ':' or '.');
        if (leftCore == "et" && rightCore.StartsWith("al", StringComparison.Ordinal) && right.TrimStart('(').StartsWith("al.", StringComparison.Ordinal)) return true;
        if (rightCore == "et" && afterRight is not null && afterRight.StartsWith("al.", StringComparison.Ordinal)) return true;
        if (IsInitials(left)) return true;
        if (IsNumber(leftCore) && Units.Contains(UnitCore(right))) return true;
        if (IsLabel(left) && IsNumberLike(right)) return true;
        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with every tied space replaced by <see cref="NoBreakSpace"/>. <paramref name="before"/>
    /// and <paramref name="after"/> are the text written just before and after it (a neighbouring piece of the same
    /// paragraph), so that a tie at the edge of a piece is found too.
    /// </summary>
    public static string Apply(string text, string? before = null, string? after = null)
    {
        var chars = text.ToCharArray();
        foreach (var (index, _) in Find(text, before, after)) chars[index] = NoBreakSpace;
        return new string(chars);
    }

    /// <summary>The spaces of <paramref name="text"/> that are ties, by index, each with whether it is weak (see <see cref="Apply"/>).</summary>
    public static IReadOnlyList<(int Index, bool Weak)> Find(string text, string? before = null, string? after = null)
    {
        if (text.IndexOf(' ') < 0) return [];
        var ties = new List<(int, bool)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') continue;
            var left = TokenBefore(text, i, before);
            var (right, rightEnd) = TokenAfter(text, i + 1, after);
            var next = rightEnd < text.Length ? TokenAfter(text, rightEnd + 1, after).Token : FirstToken(after, skip: after is { Length: > 0 } && !char.IsWhiteSpace(after[0]));
            if (Binds(left, right, next.Length == 0 ? null : next)) ties.Add((i, IsWeak(left, right)));
        }
        return ties;
    }

    private static string TokenBefore(string text, int space, string? before)
    {
        var start = space;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var token = text[start..space];
        if (start == 0 && before is { Length: > 0 } && !char.IsWhiteSpace(before[^1]))
        {
            var b = before.Length;
            while (b > 0 && !char.IsWhiteSpace(before[b - 1])) b--;
            token = before[b..] + token;
        }
        return token;
    }

    private static (string Token, int End) TokenAfter(string text, int start, string? after)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text[start..end];
        if (end == text.Length && after is { Length: > 0 } && !char.IsWhiteSpace(after[0]))
            token += FirstToken(after, skip: false);
        return (token, end);
    }

    private static string FirstToken(string? text, bool skip)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var i = 0;
        if (skip) while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return text[start..i];
    }

    /// <summary>The token without the brackets and punctuation around it: "(n" → "n", "10)," → "10".</summary>
    private static string Core(string token) => token.Trim('(', ')', '[', ']', ',', ';', ':');

    private static string UnitCore(string token) => token.TrimEnd(')', ']', ',', ';', ':', '.');

    /// <summary>"J." or "J.K." or "(J.": one or more capital letters each followed by a full stop.</summary>
    private static bool IsInitials(string token)
    {
        var t = token.TrimStart('(');
        if (t.Length < 2 || t.Length % 2 != 0) return false;
        for (var i = 0; i < t.Length; i += 2)
            if (!char.IsUpper(t[i]) || t[i + 1] != '.') return false;
        return true;
    }

    private static bool IsNumber(string core)
    {
        if (core.Length == 0 || !char.IsAsciiDigit(core[^1])) return false;
        foreach (var c in core)
            if (!(char.IsAsciiDigit(c) || c is '.' or ',' or '\u2013' or '-' or '\u2212')) return false;
        return true;
    }

    /// <summary>"2", "2.1", "S1", "3a": what follows a label such as "Table" or "Figure".</summary>
    private static bool IsNumberLike(string token)
    {
        var core = Core(token).AsSpan().TrimEnd('.');
        return core.Length is > 0 and <= 6 && core.ContainsAnyInRange('0', '9') && AllLettersOrDigits(core)
               && (char.IsAsciiDigit(core[0]) || char.IsUpper(core[0]) && core.Length > 1 && char.IsAsciiDigit(core[1]));
    }

    /// <summary>A capitalised word such as "Table", "Figure", "Fig.", "Section": the label of a number that follows.</summary>
    private static bool IsLabel(string token)
    {
        var t = token.AsSpan().TrimStart('(').TrimEnd('.');
        if (t.Length < 2 || !char.IsUpper(t[0])) return false;
        foreach (var c in t[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool AllLettersOrDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }
}
