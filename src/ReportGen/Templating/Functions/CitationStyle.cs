using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// APA 7 author–date citations for one review. How a work is cited depends on every other work in the review
/// (initials for shared surnames, extra names for colliding "et al." forms, year suffixes), so it is decided
/// once here from all resources, and every citation and the reference list read the decision.
/// </summary>
/// <remarks>
/// Rules, in the order they are applied:
/// <list type="number">
/// <item>One author: "Schröder"; two: "Buchbinder and Jolley" ("and" in parentheses too, as the review writes
/// it); three or more: "French et al."; an organisation (an author without initials) is written in full.</item>
/// <item>APA 8.20: when first authors who are different people (different initials) share a surname, every
/// citation with one of them as first author carries the initials: "K. Y. Wang et al.", "Y. X. J. Wáng et al.".
/// Surnames are compared without case and diacritics (<see cref="NameFolding"/>).</item>
/// <item>APA 8.18: when different author lists shorten to the same form in the same year, as many names are
/// written as it takes to tell them apart: "Jenkins, French, et al." and "Jenkins, Moloney, et al."; when only
/// the last name would be left, all names are written: "Smith, Jones, and Brown".</item>
/// <item>Works that still cite the same (same authors, same year) get year suffixes a, b, … in title order:
/// "2022a", "2022b". So no two resources of a review ever share a citation.</item>
/// </list>
/// Reference-list order (APA 9.44–9.47): author by author, surname then initials, letter by letter, a shorter
/// list before a longer one that starts the same; then year, then title ignoring a leading article.
/// </remarks>
internal sealed class CitationStyle
{
    private readonly Dictionary<string, Entry> _entries;

    private CitationStyle(Dictionary<string, Entry> entries, IReadOnlyList<Resource> referenceOrder)
    {
        _entries = entries;
        ReferenceOrder = referenceOrder;
    }

    /// <summary>Every resource of the review, in reference-list order.</summary>
    public IReadOnlyList<Resource> ReferenceOrder { get; }

    public static CitationStyle For(IEnumerable<Resource> resources)
    {
        var works = resources.Select(r => new Work(r)).ToList();
        works.Sort(CompareForReferenceList);

        var initialled = SurnamesSharedByDifferentFirstAuthors(works);
        var shownNames = ChooseShownNameCounts(works, initialled);
        var names = works.ToDictionary(w => w, w => Names(w, shownNames[w], initialled));
        var suffixes = YearSuffixes(works, names);

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var rank = 0; rank < works.Count; rank++)
        {
            var work = works[rank];
            var year = work.Resource.Year.ToString(CultureInfo.InvariantCulture) + suffixes.GetValueOrDefault(work, "");
            entries[work.Resource.Id] = new Entry(work.Resource, rank, names[work], year);
        }
        return new CitationStyle(entries, works.Select(w => w.Resource).ToList());
    }

    public bool TryFind(string id, out Resource resource)
    {
        var found = _entries.TryGetValue(id, out var entry);
        resource = entry?.Resource!;
        return found;
    }

    /// <summary>The author part of a citation: "Zhao et al.", "Buchbinder and Jolley", "Jenkins, French, et al.".</summary>
    public string Names(Resource resource) => EntryOf(resource).Names;

    /// <summary>The year with its suffix, if any: "2022a".</summary>
    public string YearLabel(Resource resource) => EntryOf(resource).YearLabel;

    /// <summary>Distinct resources in reference-list order.</summary>
    public IReadOnlyList<Resource> Sort(IEnumerable<Resource> resources) =>
        resources.Select(EntryOf).DistinctBy(e => e.Resource.Id).OrderBy(e => e.Rank).Select(e => e.Resource).ToList();

    /// <summary>
    /// "(Ammendolia et al., 2004; Cheng et al., 2017)"; works cited with the same names share them:
    /// "(French et al., 2013, 2022)". No resources: "".
    /// </summary>
    public string Parenthetical(IEnumerable<Resource> resources)
    {
        var groups = GroupByNames(resources).Select(g => $"{g.Names}, {g.Years}").ToList();
        return groups.Count == 0 ? "" : "(" + string.Join("; ", groups) + ")";
    }

    /// <summary>One narrative citation per group of names: ["Zhao et al. (2024)", "K. Y. Wang et al. (2018, 2021)"].</summary>
    public IReadOnlyList<string> Narratives(IEnumerable<Resource> resources) =>
        GroupByNames(resources).Select(g => $"{g.Names} ({g.Years})").ToList();

    private IEnumerable<(string Names, string Years)> GroupByNames(IEnumerable<Resource> resources) =>
        Sort(resources)
            .Select(EntryOf)
            .GroupBy(e => e.Names, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.OrderBy(e => e.Resource.Year).ThenBy(e => e.YearLabel, StringComparer.Ordinal).Select(e => e.YearLabel))));

    private Entry EntryOf(Resource resource) =>
        _entries.TryGetValue(resource.Id, out var entry)
            ? entry
            : throw new ArgumentException($"Resource '{resource.Id}' is not one of the review's resources.", nameof(resource));

    private static HashSet<string> SurnamesSharedByDifferentFirstAuthors(IEnumerable<Work> works) =>
        works.Where(w => w.Keys.Count > 0 && w.Keys[0].Initials.Length > 0)
            .Select(w => w.Keys[0])
            .Distinct()
            .GroupBy(k => k.Family)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    // APA 8.18: start every work at one name ("X et al.") and, while works with different authors still read
    // the same in the same year, write one more name for each of them.
    private static Dictionary<Work, int> ChooseShownNameCounts(IReadOnlyList<Work> works, HashSet<string> initialled)
    {
        var shown = works.ToDictionary(w => w, _ => 1);
        bool changed;
        do
        {
            changed = false;
            var collisions = works
                .GroupBy(w => (Names: Names(w, shown[w], initialled), w.Resource.Year))
                .Where(g => g.Select(w => w.ListKey).Distinct(StringComparer.Ordinal).Count() > 1);
            foreach (var work in collisions.SelectMany(g => g))
            {
                if (shown[work] < work.Keys.Count - 1)
                {
                    shown[work]++;
                    changed = true;
                }
            }
        }
        while (changed);
        return shown;
    }

    private static Dictionary<Work, string> YearSuffixes(IReadOnlyList<Work> works, Dictionary<Work, string> names)
    {
        var suffixes = new Dictionary<Work, string>();
        var sameCitation = works.GroupBy(w => (Names: names[w], w.Resource.Year)).Where(g => g.Count() > 1);
        foreach (var group in sameCitation)
        {
            var ordered = group.OrderBy(w => w.TitleKey, StringComparer.Ordinal).ThenBy(w => w.Resource.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                suffixes[ordered[i]] = Suffix(i);
            }
        }
        return suffixes;
    }

    /// <summary>0 → "a", 25 → "z", 26 → "aa".</summary>
    private static string Suffix(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Suffix(index / 26 - 1) + Suffix(index % 26);

    private static string Names(Work work, int shown, HashSet<string> initialled)
    {
        var authors = work.Resource.Authors;
        if (authors.Count == 0)
        {
            return work.Resource.Title;
        }
        var names = authors.Select((a, i) => i == 0 && a.Initials.Length > 0 && initialled.Contains(work.Keys[0].Family)
            ? $"{a.Initials.Trim()} {a.Family.Trim()}"
            : a.Family.Trim()).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ when shown >= names.Count - 1 => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
            _ when shown == 1 => $"{names[0]} et al.",
            _ => string.Join(", ", names.Take(shown)) + ", et al.",
        };
    }

    private static int CompareForReferenceList(Work a, Work b)
    {
        for (var i = 0; i < Math.Min(a.Keys.Count, b.Keys.Count); i++)
        {
            var byAuthor = a.Keys[i].CompareTo(b.Keys[i]);
            if (byAuthor != 0)
            {
                return byAuthor;
            }
        }
        var result = a.Keys.Count.CompareTo(b.Keys.Count);
        if (result == 0) result = a.Resource.Year.CompareTo(b.Resource.Year);
        if (result == 0) result = string.CompareOrdinal(a.TitleKey, b.TitleKey);
        if (result == 0) result = string.CompareOrdinal(a.Resource.Id, b.Resource.Id);
        return result;
    }

    private sealed record Entry(Resource Resource, int Rank, string Names, string YearLabel);

    private readonly record struct AuthorKey(string Family, string Initials) : IComparable<AuthorKey>
    {
        public int CompareTo(AuthorKey other)
        {
            var byFamily = string.CompareOrdinal(Family, other.Family);
            return byFamily != 0 ? byFamily : string.CompareOrdinal(Initials, other.Initials);
        }
    }

    // Reference equality on purpose: two resources may have equal fields but are still two works.
    private sealed class Work(Resource resource)
    {
        public Resource Resource { get; } = resource;

        public List<AuthorKey> Keys { get; } =
            resource.Authors.Select(a => new AuthorKey(NameFolding.Fold(a.Family), NameFolding.Fold(a.Initials))).ToList();

        public string ListKey => string.Join("|", Keys.Select(k => k.Family + "," + k.Initials));

        public string TitleKey { get; } = NameFolding.Fold(WithoutLeadingArticle(resource.Title));

        private static string WithoutLeadingArticle(string title)
        {
            var trimmed = title.TrimStart();
            foreach (var article in new[] { "a ", "an ", "the " })
            {
                if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                {
                    return trimmed[article.Length..];
                }
            }
            return trimmed;
        }
    }
}
