namespace ReportGen.Templating;

/// <summary>
/// Bounds on what a template may do, so an edited template that loops forever or grows a huge
/// string ends with a diagnostic instead of hanging or exhausting memory. Documented in README.md.
/// </summary>
internal sealed record TemplateLimits
{
    public int LoopIterations { get; init; } = 100_000;
    public int RecursionDepth { get; init; } = 64;
    public int OutputCharacters { get; init; } = 20_000_000;
    /// <summary>
    /// The longest single value a template may write or build; as large as the output limit, because Table 2's rows
    /// are one value and pass a million characters in a review of 10,000 campaigns.
    /// </summary>
    public int StringCharacters { get; init; } = 20_000_000;
    public TimeSpan Time { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan RegexTime { get; init; } = TimeSpan.FromSeconds(1);

    public static TemplateLimits Default { get; } = new();
}
