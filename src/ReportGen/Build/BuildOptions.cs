namespace ReportGen.Build;

public enum BuildCommand { Build, Check }

/// <summary>Folders as the user named them; diagnostics print paths in the same form.</summary>
public sealed record BuildOptions(
    BuildCommand Command, string DataDirectory, string TemplatesDirectory, string OutputDirectory, bool PrismaErrorsAsWarnings)
{
    /// <summary>
    /// The formats a check writes in memory, by extension ("html" for the live preview); null for every format. A build
    /// writes every format whatever this says, since it replaces the whole output folder.
    /// </summary>
    public IReadOnlySet<string>? Formats { get; init; }

    /// <summary>Whether this run writes files with <paramref name="extension"/>.</summary>
    public bool Writes(string extension) => Command == BuildCommand.Build || Formats is null || Formats.Contains(extension);

    /// <summary>How long the writers of all documents may take together for a review without data, in processor time (Model/WorkBudget).</summary>
    public TimeSpan WriterTime { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// What each cell of the data adds to <see cref="WriterTime"/>, so that a large review is not stopped as a hung one:
    /// a review of 10,000 campaigns (230,000 cells) writes in about 15 s and is given 120 + 46 s.
    /// </summary>
    public TimeSpan WriterTimePerCell { get; init; } = TimeSpan.FromTicks(2_000); // 200 µs

    internal TimeSpan WriterTimeFor(Model.DataSize size) => WriterTime + WriterTimePerCell * Math.Min(size.Cells, int.MaxValue);
}
