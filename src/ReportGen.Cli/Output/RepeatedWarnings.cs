using ReportGen.Diagnostics;

namespace ReportGen.Cli.Output;

/// <summary>
/// A warning that every build repeats for many rows (a dozen references lacking a field) buries the one new problem
/// a person is looking for, so text output shows the first few of each warning code and counts the rest. Errors are
/// never folded, and machine-readable output always lists everything.
/// </summary>
internal static class RepeatedWarnings
{
    public const int ShownPerCode = 3;

    /// <summary>The diagnostics to show, in their order, and how many warnings of each code were left out.</summary>
    public static (IReadOnlyList<Diagnostic> Shown, IReadOnlyList<(string Code, int Hidden)> Folded) Fold(IReadOnlyList<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            var count = seen[d.Code] = seen.GetValueOrDefault(d.Code) + (d.Severity == Severity.Warning ? 1 : 0);
            if (d.Severity != Severity.Warning || count <= ShownPerCode) shown.Add(d);
        }
        var folded = seen.Where(s => s.Value > ShownPerCode).Select(s => (s.Key, s.Value - ShownPerCode)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        return (shown, folded);
    }

    public static string Line(string code, int hidden) =>
        $"... and {hidden} more warning{(hidden == 1 ? "" : "s")} {code} like those above; --verbose lists every one.";
}
