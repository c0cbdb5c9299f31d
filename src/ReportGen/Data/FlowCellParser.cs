using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>A problem inside one `n` cell; <see cref="Offset"/> is the 0-based position in the cell text.</summary>
internal sealed record CellProblem(int Offset, string Code, string Message, string Hint);

internal sealed record ParsedCell(int? Count, IReadOnlyList<FlowItem> Items, IReadOnlyList<CellProblem> Problems);

/// <summary>
/// Reads the `n` cell of a flow row: a whole number, a "not reported" marker, or for list rows
/// "Name, n; Name, n" with an optional bare number as the box total.
/// </summary>
internal static partial class FlowCellParser
{
    private const string CountHint =
        "Write a whole number of 0 or more without thousands separators, or NA when the review does not report it.";

    [GeneratedRegex(@"^[xX]+$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^[+-]?\d*[.]\d+$")]
    private static partial Regex Fraction();

    public static bool IsNotReported(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || Placeholder().IsMatch(t)
            || t.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || t.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || t.Equals("NR", StringComparison.OrdinalIgnoreCase)
            || t.Equals("not reported", StringComparison.OrdinalIgnoreCase);
    }

    public static ParsedCell Parse(string data, string cell, bool isList)
    {
        var problems = new List<CellProblem>();
        if (!isList)
            return new ParsedCell(ParseCount(data, cell, 0, problems), [], problems);

        int? total = null;
        var items = new List<FlowItem>();
        var start = 0;
        foreach (var part in cell.Split(';'))
        {
            var offset = start + (part.Length - part.TrimStart().Length);
            start += part.Length + 1;
            var text = part.Trim();
            if (text.Length == 0) continue;

            var comma = text.LastIndexOf(',');
            if (comma < 0)
            {
                if (total is null && items.Count == 0 && !IsNotReported(text) && WholeNumber().IsMatch(text))
                    total = ParseCount(data, text, offset, problems);
                else if (!IsNotReported(text))
                    problems.Add(new CellProblem(offset, "RG104",
                        $"'{text}' in {data} is not a \"Name, n\" item.",
                        "Separate items with ';' and write each as a name, a comma and its count, for example \"MEDLINE, 120; Embase, 80\"; a bare number may come first as the box total."));
                continue;
            }

            var name = text[..comma].Trim();
            var countText = text[(comma + 1)..];
            var countOffset = offset + comma + 1 + (countText.Length - countText.TrimStart().Length);
            if (name.Length == 0)
                problems.Add(new CellProblem(offset, "RG104", $"An item in {data} has no name before its count.",
                    "Write each item as a name, a comma and its count, for example \"Wrong population, 12\"."));
            items.Add(new FlowItem(name, ParseCount($"{data} ({name})", countText, countOffset, problems)));
        }
        return new ParsedCell(total, items, problems);
    }

    private static int? ParseCount(string what, string text, int offset, List<CellProblem> problems)
    {
        var t = text.Trim();
        if (IsNotReported(t)) return null;
        if (WholeNumber().IsMatch(t))
        {
            if (!long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value > int.MaxValue)
            {
                problems.Add(new CellProblem(offset, "RG102", $"{what} count '{t}' is too large.", CountHint));
                return null;
            }
            if (value < 0)
            {
                problems.Add(new CellProblem(offset, "RG103", $"{what} count {t} is negative.", CountHint));
                return null;
            }
            return (int)value;
        }
        var message = Fraction().IsMatch(t)
            ? $"{what} count {t} is not a whole number."
            : $"{what} count '{t}' is not a number.";
        problems.Add(new CellProblem(offset, "RG102", message, CountHint));
        return null;
    }
}
