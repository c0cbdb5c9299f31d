using ReportGen.Model;

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

    /// <summary>Loop turns allowed for each cell of the data, beyond <see cref="Default"/>: a template that walks every cell
    /// a few times (Table 2, a paragraph per field, a list per method) stays far inside it.</summary>
    public const int TurnsPerCell = 16;

    /// <summary>Characters a template may write for each character of the data: a value is usually written a few times.</summary>
    public const int CharactersPerDataCharacter = 16;

    /// <summary>Time a template may take for each cell; templates take about 2 µs per cell of the shipped templates' data.</summary>
    public static readonly TimeSpan TimePerCell = TimeSpan.FromTicks(500); // 50 µs

    /// <summary>
    /// The limits for one template run over a review of <paramref name="size"/>: the defaults, which are generous for a
    /// small review, plus an allowance for each cell and character of the data, so that a review of any size the data
    /// limits allow is not stopped, while a runaway loop still is (its turns grow without end; the data does not).
    /// Capped where .NET's strings and Scriban's counters end.
    /// </summary>
    public static TemplateLimits For(DataSize size) => For(size, Default);

    /// <inheritdoc cref="For(DataSize)"/>
    /// <param name="basis">The limits of a review without data (tests lower them to stay fast).</param>
    public static TemplateLimits For(DataSize size, TemplateLimits basis)
    {
        var characters = Capped(basis.OutputCharacters + CharactersPerDataCharacter * size.Characters, MaxCharacters);
        return basis with
        {
            LoopIterations = Capped(basis.LoopIterations + TurnsPerCell * size.Cells, int.MaxValue),
            OutputCharacters = characters,
            StringCharacters = Capped(basis.StringCharacters + CharactersPerDataCharacter * size.Characters, MaxCharacters),
            Time = basis.Time + TimePerCell * Math.Min(size.Cells, int.MaxValue),
        };
    }

    /// <summary>Half of the largest .NET string, so that the output and one value of that size can be held together.</summary>
    private const int MaxCharacters = 1 << 29;

    private static int Capped(long value, int max) => (int)Math.Min(value, max);
}
