using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Evaluates the rule shapes of <see cref="FlowChecks"/> and words their diagnostics.</summary>
internal sealed class FlowRuleContext(FlowCounts counts, DiagnosticBag bag, Severity failure)
{
    private const string OverrideHint = "or build with --prisma-warnings to draw the diagram anyway";

    /// <summary>"name (line 12)", or "name (no row)" when the file lacks the row.</summary>
    private string Cite(string data) =>
        counts.Row(data) is { Line: > 0 } row ? $"{data} (line {row.Line})" : $"{data} (no row)";

    private int? Value(string data) => FlowChecks.BoxCount(counts, data);

    public void NonNegative()
    {
        foreach (var row in counts.Rows)
        {
            if (row.Count < 0)
                Report(failure, "RG124", [row.Data], $"{Cite(row.Data)} is {FlowChecks.Format(row.Count.Value)}; counts cannot be negative.",
                    "Write a whole number of 0 or more.");
            foreach (var item in row.Breakdown.Where(i => i.Count < 0))
                Report(failure, "RG124", [row.Data], $"{item.Name} in {Cite(row.Data)} is {FlowChecks.Format(item.Count!.Value)}; counts cannot be negative.",
                    "Write a whole number of 0 or more.");
        }
    }

    /// <summary>target = Σ sign × term.</summary>
    public void Equation(string code, string target, IReadOnlyList<(string Data, int Sign)> terms, string rule, Severity? severity = null)
    {
        var involved = terms.Select(t => t.Data).Prepend(target).ToList();
        if (!AllReported(code, involved, rule)) return;

        var expected = terms.Sum(t => t.Sign * Value(t.Data)!.Value);
        var actual = Value(target)!.Value;
        if (actual == expected) return;

        var names = Join(terms.Select(t => (t.Sign, Cite(t.Data))));
        var numbers = Join(terms.Select(t => (t.Sign, FlowChecks.Format(Value(t.Data)!.Value))));
        var arithmetic = terms.Count == 1 ? "" : $" = {numbers}";
        Report(severity ?? failure, code, involved,
            $"{Cite(target)} is {FlowChecks.Format(actual)}, but {names}{arithmetic} = {FlowChecks.Format(expected)}.",
            $"{rule} Correct the counts in the flow file, {OverrideHint}.");
    }

    /// <summary>Σ parts ≤ Σ whole.</summary>
    public void AtMost(string code, IReadOnlyList<string> parts, IReadOnlyList<string> whole, string rule)
    {
        var involved = parts.Concat(whole).ToList();
        if (!AllReported(code, involved, rule)) return;

        var part = parts.Sum(p => Value(p)!.Value);
        var total = whole.Sum(w => Value(w)!.Value);
        if (part <= total) return;

        Report(failure, code, involved,
            $"{Sum(parts)} is more than {Sum(whole)}.",
            $"{rule} Correct the counts in the flow file, {OverrideHint}.");

        string Sum(IReadOnlyList<string> data) => data.Count == 1
            ? $"{Cite(data[0])} {FlowChecks.Format(Value(data[0])!.Value)}"
            : $"{Join(data.Select(d => (1, Cite(d))))} = {FlowChecks.Format(data.Sum(d => Value(d)!.Value))}";
    }

    /// <summary>The items of a list row add up to the box count held in <paramref name="total"/> (the same row's bare total, or another row).</summary>
    public void BreakdownSum(string code, string list, string total, string what)
    {
        var rule = $"The {what} in {list} must add up to the box count.";
        var items = counts.Breakdown(list);
        var totalCount = counts.Count(total);
        if (items.Count == 0 || items.Any(i => i.Count is null) || totalCount is null)
        {
            var why = items.Count == 0 ? $"{Cite(list)} lists no {what}"
                : items.Any(i => i.Count is null) ? $"{Cite(list)} has {what} without a count"
                : list == total ? $"{Cite(list)} gives no total before its {what}"
                : $"{Cite(total)} is not reported";
            bag.Info(counts.File, LineOf([list, total]), ColumnOf([list, total]), code,
                $"Check skipped: {why}.", rule);
            return;
        }
        var sum = items.Sum(i => i.Count!.Value);
        if (sum == totalCount) return;

        var parts = items.Count == 1 ? FlowChecks.Format(sum)
            : $"{string.Join(" + ", items.Select(i => FlowChecks.Format(i.Count!.Value)))} = {FlowChecks.Format(sum)}";
        var totalText = list == total ? $"its total is {FlowChecks.Format(totalCount.Value)}" : $"{Cite(total)} is {FlowChecks.Format(totalCount.Value)}";
        Report(failure, code, [list, total],
            $"The {what} in {Cite(list)} add up to {parts}, but {totalText}.",
            $"{rule} Correct the counts in the flow file, {OverrideHint}.");
    }

    private bool AllReported(string code, IReadOnlyList<string> involved, string rule)
    {
        var missing = involved.Distinct().Where(d => Value(d) is null).ToList();
        if (missing.Count == 0) return true;
        var verb = missing.Count == 1 ? "is" : "are";
        bag.Info(counts.File, LineOf(involved), ColumnOf(involved), code,
            $"Check skipped: {string.Join(", ", missing.Select(Cite))} {verb} not reported.", rule);
        return false;
    }

    private static string Join(IEnumerable<(int Sign, string Text)> terms)
    {
        var text = "";
        foreach (var (sign, term) in terms)
            text += text.Length == 0 ? (sign < 0 ? $"-{term}" : term) : (sign < 0 ? $" - {term}" : $" + {term}");
        return text;
    }

    private void Report(Severity severity, string code, IReadOnlyList<string> involved, string message, string hint) =>
        bag.Add(new Diagnostic(counts.File, LineOf(involved), ColumnOf(involved), severity, code, message, hint));

    /// <summary>The first involved row that exists in the file locates the diagnostic.</summary>
    private FlowRow? Anchor(IReadOnlyList<string> involved) =>
        involved.Select(counts.Row).FirstOrDefault(r => r is { Line: > 0 });

    private int LineOf(IReadOnlyList<string> involved) => Anchor(involved)?.Line ?? 0;

    private int ColumnOf(IReadOnlyList<string> involved) => Anchor(involved)?.Column ?? 0;
}
