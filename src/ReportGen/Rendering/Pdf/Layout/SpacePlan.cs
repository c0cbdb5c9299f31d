namespace ReportGen.Rendering.Pdf.Layout;

internal enum SpacePlanKind { NothingFits, PartFits, AllFits }

/// <summary>
/// What an element would take of the space offered. A partial plan means the element draws a part now
/// and the rest on the next page; when nothing fits, <see cref="Reason"/> says why, so that a page loop
/// that cannot make progress can tell the user what is too big.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, Size Size, string? Reason = null, int SourceLine = 0)
{
    /// <summary>Rounding slack so that an element measured to exactly the space left still fits.</summary>
    public const double Tolerance = 0.01;

    public static SpacePlan NothingFits(string reason, int sourceLine = 0) => new(SpacePlanKind.NothingFits, default, reason, sourceLine);
    public static SpacePlan PartFits(double width, double height) => new(SpacePlanKind.PartFits, new Size(width, height));
    public static SpacePlan AllFits(double width, double height) => new(SpacePlanKind.AllFits, new Size(width, height));

    public bool Fits => Kind != SpacePlanKind.NothingFits;
}
