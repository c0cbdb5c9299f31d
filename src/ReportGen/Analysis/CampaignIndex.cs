namespace ReportGen.Analysis;

/// <summary>
/// Campaigns indexed once by what they name (a field's value ids, their guidelines), each campaign once per key and in
/// review order. A review's values grow with its campaigns, so searching every campaign for each value would make the
/// analysis quadratic in the review's size.
/// </summary>
internal static class CampaignIndex
{
    public static ILookup<TKey, CampaignView> By<TKey>(IEnumerable<CampaignView> campaigns, Func<CampaignView, IEnumerable<TKey>> keys,
        IEqualityComparer<TKey>? comparer = null) =>
        campaigns.SelectMany(c => keys(c).Distinct(comparer).Select(key => (Key: key, Campaign: c)))
            .ToLookup(p => p.Key, p => p.Campaign, comparer);
}
