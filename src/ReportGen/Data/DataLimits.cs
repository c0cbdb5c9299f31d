namespace ReportGen.Data;

/// <summary>
/// Safety limits on the input, so that a wrong file (an export of a whole database, a quote that is never
/// closed) ends in a clear diagnostic instead of exhausting memory. Tests lower them to stay fast.
/// </summary>
internal sealed record DataLimits(long MaxFileBytes, int MaxRows, int MaxCellCharacters)
{
    public static DataLimits Default { get; } = new(50L * 1024 * 1024, 200_000, 100_000);
}
