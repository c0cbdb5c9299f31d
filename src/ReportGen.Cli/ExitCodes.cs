namespace ReportGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    /// <summary>A bug in ReportGen itself, reported without a stack trace.</summary>
    public const int InternalError = 3;
}
