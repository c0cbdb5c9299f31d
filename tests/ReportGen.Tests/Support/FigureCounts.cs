namespace ReportGen.Tests.Support;

/// <summary>The counts the shipped review's PRISMA figure shows (data/flow.csv; the review's Figure 1 totals), as squeezed text.</summary>
internal static class FigureCounts
{
    /// <summary>Records from databases, from websites and from citation searching; studies included.</summary>
    public static readonly string[] Shipped = ["(n=1013)", "(n=74)", "(n=6)", "(n=26)"];

    public const string Caption = "PRISMA2020flowdiagram";
}
