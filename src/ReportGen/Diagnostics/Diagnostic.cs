namespace ReportGen.Diagnostics;

public enum Severity { Info, Warning, Error }

public static class SeverityNames
{
    /// <summary>The word diagnostics print: "error", "warning" or "info".</summary>
    public static string Name(this Severity severity) =>
        severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
}

/// <summary>
/// A problem in the user's input, with the place it was found. Line and column are 1-based;
/// 0 means "the whole file" (for example a file that is missing).
/// </summary>
public sealed record Diagnostic(
    string File, int Line, int Column, Severity Severity, string Code, string Message, string? Hint = null)
{
    /// <summary>A place in a file that has no lines to count ("paragraph 14" of a DOCX, "page 3, line 12" of a PDF).</summary>
    public string? Place { get; init; }

    /// <summary><c>path:line:col</c>, <c>path: place</c>, or the path alone for a diagnostic about the whole file.</summary>
    public string Location => Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : Place is null ? File : $"{File}: {Place}";

    /// <summary>Formats as <c>path:line:col: error RG012: message</c>, with the hint on its own line.</summary>
    public override string ToString()
    {
        // Values echoed from the input may hold characters a terminal does not show; they are named instead.
        var text = $"{Location}: {Severity.Name()} {Code}: {InvisibleCharacters.Name(Message)}";
        return Hint is null ? text : $"{text}\n  hint: {InvisibleCharacters.Name(Hint)}";
    }
}
