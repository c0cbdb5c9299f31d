using System.Globalization;

namespace ReportGen.Analysis;

/// <summary>The one place that decides how a share of a whole is written.</summary>
internal static class Share
{
    /// <summary>
    /// A share of a whole, rounded half away from zero to one decimal, with ".0" dropped:
    /// (18, 24) → "75%", (15, 24) → "62.5%", (4, 24) → "16.7%", (11, 24) → "45.8%".
    /// </summary>
    public static string Percent(int part, int whole)
    {
        if (whole <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(whole), whole, "The whole of a percentage must be greater than zero.");
        }
        var percent = Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
        return percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}
