namespace ReportGen.Build;

public enum BuildCommand { Build, Check }

/// <summary>Folders as the user named them; diagnostics print paths in the same form.</summary>
public sealed record BuildOptions(
    BuildCommand Command, string DataDirectory, string TemplatesDirectory, string OutputDirectory, bool PrismaErrorsAsWarnings)
{
    /// <summary>How long the writers of all documents may take together; the largest benchmark review needs about 10 s.</summary>
    public TimeSpan WriterTime { get; init; } = TimeSpan.FromSeconds(120);
}
