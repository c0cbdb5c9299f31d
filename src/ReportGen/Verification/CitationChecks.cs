using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Verification;

/// <summary>
/// Citations: each "(Author et al., Year)", "(Author and Author, Year)" or "Author et al. (Year)" must name a resource of
/// resources.csv by its first author's family name and year, and every resource must be cited somewhere before the
/// reference list. A count "(n = 7)" followed by its citations must cite at least 7 distinct works, and none twice.
/// </summary>
internal static partial class CitationChecks
{
    /// <summary>A citation: its author text, the family names it may stand for (longest first), and one year.</summary>
    public sealed record Cited(int Start, int End, string Authors, IReadOnlyList<string> Families, string Year)
    {
        public string Family => Families[0];

        /// <summary>"et al." or a second author: a citation for sure, not "(UK 1996)" or "(From April 1995)".</summary>
        public bool Marked => Authors.Contains("et al", StringComparison.Ordinal) || Authors.Contains(" and ", StringComparison.Ordinal) ||
                              Authors.Contains('&', StringComparison.Ordinal);
    }

    private static readonly string[] ReferenceHeadings = ["references", "reference list", "bibliography"];

    /// <summary>Every citation before the reference list, with the place of its author.</summary>
    public static List<Cited> Find(string text)
    {
        var end = ReferencesStart(text);
        var found = new List<Cited>();
        foreach (Match group in Parenthetical().Matches(text[..end]))
        {
            var offset = group.Groups[1].Index;
            foreach (var part in group.Groups[1].Value.Split(';'))
            {
                if (Part().Match(part) is { Success: true } match && FamiliesOf(match.Groups["authors"].Value) is { } family)
                {
                    foreach (Capture year in match.Groups["year"].Captures)
                        found.Add(new Cited(offset + match.Index, offset + part.Length, match.Groups["authors"].Value.Trim(), family, year.Value));
                }
                offset += part.Length + 1;
            }
        }
        foreach (Match match in Narrative().Matches(text[..end]))
        {
            if (FamiliesOf(match.Groups["authors"].Value) is not { } family) continue;
            foreach (Capture year in match.Groups["year"].Captures)
                found.Add(new Cited(match.Index, match.Index + match.Length, match.Groups["authors"].Value.Trim(), family, year.Value));
        }
        return found.OrderBy(c => c.Start).ToList();
    }

    public static void Check(PlainText input, IReadOnlyList<Resource> resources, ISet<int> reportedAt, List<Diagnostic> findings)
    {
        var cited = new HashSet<Resource>();
        foreach (var citation in Find(input.Text))
        {
            var matches = Matching(citation, resources);
            if (matches.Count > 0)
            {
                cited.UnionWith(matches);
                continue;
            }
            // A year in parentheses after one or two capitalised words is a citation only when they name an author.
            if (!citation.Marked && !resources.Any(r => citation.Families.Any(f => SameFamily(r, f)))) continue;
            var known = citation.Families.FirstOrDefault(f => resources.Any(r => SameFamily(r, f))) ?? citation.Family;
            var sameAuthor = resources.Where(r => SameFamily(r, known)).Select(r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            findings.Add(input.At(citation.Start, VerifyCodes.UnknownCitation,
                $"\"{citation.Authors}, {citation.Year}\" is not a resource of resources.csv" +
                (sameAuthor.Count > 0 ? $"; {known} has works from {string.Join(", ", sameAuthor)}" : ""),
                "Correct the author or year, or add the work to resources.csv and build again."));
        }
        foreach (var resource in resources.Where(r => !cited.Contains(r)))
        {
            findings.Add(new Diagnostic(input.File, 0, 0, Severity.Error, VerifyCodes.UncitedResource,
                $"the resource '{resource.Id}' ({FirstFamily(resource)}, {resource.Year}) is cited nowhere in the manuscript",
                "Cite it where the text reports what it describes, or remove it from resources.csv if it is not an included resource."));
        }
        CountedCitations(input, resources, reportedAt, findings);
    }

    /// <summary>"Australia (n = 7) (A, 2007; B, 2021; …)": the works cited must be at least n, and each cited once.</summary>
    private static void CountedCitations(PlainText input, IReadOnlyList<Resource> resources, ISet<int> reportedAt, List<Diagnostic> findings)
    {
        var text = input.Text[..ReferencesStart(input.Text)];
        foreach (Match match in CountThenCitations().Matches(text))
        {
            var count = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (reportedAt.Contains(match.Groups["n"].Index)) continue;
            var works = Find("(" + match.Groups["cites"].Value + ")").Select(c => (c.Families[^1].ToLowerInvariant(), c.Year)).ToList();
            if (works.Count == 0) continue;
            var distinct = works.Distinct().Count();
            var repeated = works.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => $"{Capitalized(g.Key.Item1)}, {g.Key.Year}").ToList();
            if (distinct >= count && repeated.Count == 0) continue;
            var label = LabelBefore(text, match.Index);
            findings.Add(input.At(match.Groups["n"].Index, VerifyCodes.CitedFewerThanCounted,
                $"\"{label}(n = {count})\" cites {distinct} distinct {(distinct == 1 ? "work" : "works")}" +
                (repeated.Count > 0 ? $", {string.Join(" and ", repeated)} twice" : "") +
                (distinct < count ? $": {count} counted items need at least {count} reports" : ""),
                "Each counted campaign is described by at least one report: cite each once, or correct the count."));
        }
    }

    /// <summary>Where the reference list begins (its heading), or the end of the text.</summary>
    public static int ReferencesStart(string text)
    {
        var at = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            if (ReferenceHeadings.Contains(paragraph.Trim().TrimEnd('.').ToLowerInvariant())) return at;
            at += paragraph.Length + 2;
        }
        return text.Length;
    }

    private static List<Resource> Matching(Cited citation, IReadOnlyList<Resource> resources)
    {
        var year = int.Parse(citation.Year[..4], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var family in citation.Families)
        {
            var matching = resources.Where(r => r.Year == year && SameFamily(r, family)).ToList();
            if (matching.Count > 0) return matching;
        }
        return [];
    }

    private static bool SameFamily(Resource resource, string family) =>
        string.Equals(FirstFamily(resource), family, StringComparison.OrdinalIgnoreCase);

    private static string FirstFamily(Resource resource) => resource.Authors.Count > 0 ? resource.Authors[0].Family.Trim() : "";

    /// <summary>
    /// "K. Y. Wang et al." → "Wang"; "Jenkins, French, et al." → "Jenkins"; "Tzortziou Brown et al." → "Tzortziou Brown",
    /// then "Brown": a table's text read from a PDF may put a neighbouring cell's word before the name.
    /// </summary>
    private static List<string>? FamiliesOf(string authors)
    {
        var first = FirstAuthor().Split(authors.Replace("et al.", "", StringComparison.Ordinal))[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Initial().IsMatch(w)).ToList();
        if (words.Count == 0 || words.Count > 4 || !char.IsUpper(words[^1][0])) return null;
        return Enumerable.Range(0, words.Count).Select(skip => string.Join(' ', words.Skip(skip))).ToList();
    }

    private static string LabelBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('(' or ')' or ',' or ';' or '.' or '\n' or ':')) start--;
        return text[start..index].TrimStart();
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"\(([^()]*\d{4}[a-z]?[^()]*)\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^\s*(?:e\.g\.,?\s*|see\s+)?(?<authors>\p{Lu}[^\d();]*?)[,\s]*(?:(?<year>\d{4}[a-z]?)(?:\s*,\s*)?)+\s*$")]
    private static partial Regex Part();

    [GeneratedRegex(@"(?<authors>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?(?:\s+et\s+al\.|\s+and\s+\p{Lu}[\p{L}'’\-]+))\s*\((?:(?<year>\d{4}[a-z]?)(?:,\s*)?)+\)")]
    private static partial Regex Narrative();

    [GeneratedRegex(@",|\s+and\s+|\s*&\s*")]
    private static partial Regex FirstAuthor();

    [GeneratedRegex(@"^\p{Lu}\.(-?\p{Lu}\.)*$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"\(n\s*=\s*(?<n>\d+)\)\s*\((?<cites>[^()]*\d{4}[^()]*)\)")]
    private static partial Regex CountThenCitations();
}
