using System.Globalization;
using ReportGen.Data;
using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>
/// Which parts of the PRISMA 2020 diagram a review's counts call for, and the names of the boxes drawn.
/// Box names follow the PRISMA2020 package (box1…box16, newstud, othstud, prevstud) plus the three bands
/// and "total", the line that gives the records identified by all searches.
/// </summary>
internal sealed record PrismaBoxes(bool OtherArm, bool PreviousArm, long? IdentifiedTotal)
{
    public const string Total = "total";
    public const string Identification = "identification";
    public const string Screening = "screening";
    public const string Included = "included";

    public static readonly IReadOnlyList<string> All =
    [
        Total, "prevstud", "newstud", "othstud", Identification, Screening, Included,
        "box1", "box2", "box3", "box4", "box5", "box6", "box7", "box8", "box9", "box10",
        "box11", "box12", "box13", "box14", "box15", "box16",
    ];

    public static PrismaBoxes Of(FlowCounts counts)
    {
        var searched = FlowData.SearchedSources.Select(d => FlowChecks.BoxCount(counts, d)).Where(n => n is not null).ToList();
        return new PrismaBoxes(
            FlowData.OtherArm.Any(counts.IsReported),
            FlowData.PreviousArm.Any(counts.IsReported),
            searched.Count == 0 ? null : searched.Sum(n => n!.Value));
    }

    /// <summary>
    /// The boxes drawn. Side boxes (removed before screening, excluded, not retrieved) of a drawn arm are always
    /// drawn, saying "not reported" when they are: readers expect the PRISMA shape, and an empty place would read as "none".
    /// </summary>
    public IReadOnlyList<string> Drawn()
    {
        var names = new List<string>();
        if (IdentifiedTotal is not null) names.Add(Total);
        names.AddRange([Identification, Screening, Included, "newstud", "box2", "box3", "box4", "box5", "box6", "box7", "box8", "box9", "box10"]);
        if (OtherArm) names.AddRange(["othstud", "box11", "box12", "box13", "box14", "box15"]);
        if (PreviousArm) names.AddRange(["prevstud", "box1", "box16"]);
        return names;
    }

    public static string Format(long? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "";
}
