namespace ReportGen.Data;

/// <summary>Splits a multi-valued cell ("a; b;c") into its trimmed, non-empty values.</summary>
internal static class MultiValue
{
    public const char Separator = ';';

    public static IReadOnlyList<string> Split(string cell) =>
        cell.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
