namespace ReportGen.Diagnostics;

/// <summary>Collects every problem of a run so that users see them all at once, not one per run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>
    /// A problem is kept once: a partial that several documents include (or a preamble rendered for each)
    /// would otherwise report the same error at the same place once per document.
    /// </summary>
    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic)) _items.Add(diagnostic);
    }

    public void Error(string file, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(file, line, column, Severity.Error, code, message, hint));

    public void Warning(string file, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, code, message, hint));

    public void Info(string file, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(file, line, column, Severity.Info, code, message, hint));

    /// <summary>Diagnostics in a stable order: by file, then position, so output is the same on every run.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        _items.Select((d, i) => (d, i))
              .OrderBy(x => x.d.File, StringComparer.Ordinal).ThenBy(x => x.d.Line).ThenBy(x => x.d.Column).ThenBy(x => x.i)
              .Select(x => x.d);
}
