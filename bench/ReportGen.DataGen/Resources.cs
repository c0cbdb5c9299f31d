using System.Globalization;
using System.Text;

namespace ReportGen.DataGen;

internal sealed record SyntheticResource(
    string Id, string Authors, int Year, string Title, string Journal, (string Volume, string Issue, string Pages) Numbering, string Doi, string Provenance)
{
    public static readonly string[] Header = ["id", "authors", "year", "title", "container", "volume", "issue", "pages", "doi", "provenance"];

    public IReadOnlyList<string> Cells =>
        [Id, Authors, Year.ToString(CultureInfo.InvariantCulture), Title, Journal, Numbering.Volume, Numbering.Issue, Numbering.Pages, Doi, Provenance];
}

/// <summary>Invents papers: author lists of 1–14 names drawn so that surnames repeat as in a large review, titles, journals, DOIs.</summary>
internal sealed class ResourceFactory(Random random)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public SyntheticResource Main() => Create(FirstAuthor(), random.Next(1994, 2025), provenance: Vocabulary.Provenance(random, 0.5, 2));

    /// <summary>A protocol or second report of the same campaign: same first author, a few years earlier or later.</summary>
    public SyntheticResource Companion(SyntheticResource main) =>
        Create(main.Authors.Split(';')[0].Trim(), Math.Clamp(main.Year + random.Next(-4, 5), 1990, 2025),
            provenance: "Companion report of campaign '" + main.Id + "'.");

    private SyntheticResource Create(string firstAuthor, int year, string provenance)
    {
        var authors = new List<string> { firstAuthor };
        if (!IsOrganisation(firstAuthor))
        {
            var count = AuthorCount();
            while (authors.Count < count) authors.Add(Person());
        }
        var title = One(Vocabulary.TitleOpenings) + " " +
                    One(Vocabulary.TitleInterventions) + " " + One(Vocabulary.TitleOutcomes) + " " +
                    One(Vocabulary.Settings) + One(Vocabulary.Designs);
        var journal = One(Vocabulary.Journals);
        var numbering = Volume();
        var doi = random.NextDouble() < 0.3 ? "" : $"10.{random.Next(1000, 99999)}/{Code(random.Next(6, 16))}";
        return new SyntheticResource(NewId(firstAuthor, year), string.Join("; ", authors), year, title, journal, numbering, doi, provenance);
    }

    private string FirstAuthor() => random.NextDouble() < 0.02 ? One(Vocabulary.Organisations) : Person();

    private static bool IsOrganisation(string author) => !author.Contains(',');

    private string Person()
    {
        var family = random.NextDouble() < 0.6 ? One(Vocabulary.CommonFamilies) : InventedFamily();
        var initials = string.Join(" ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => (char)('A' + random.Next(26)) + "."));
        return $"{family}, {initials}";
    }

    private string InventedFamily()
    {
        var name = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => One(Vocabulary.Syllables)));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Roughly the spread of the shipped review: a few single authors, most lists of 3–12.</summary>
    private int AuthorCount() => random.NextDouble() switch
    {
        < 0.08 => 1,
        < 0.18 => 2,
        < 0.70 => random.Next(3, 8),
        _ => random.Next(8, 15),
    };

    /// <summary>Volume, issue and pages: every synthetic reference is complete, so a large build has no warnings to print.</summary>
    private (string, string, string) Volume()
    {
        var first = random.Next(1, 900);
        var number = (int n) => n.ToString(CultureInfo.InvariantCulture);
        return (number(random.Next(1, 80)), number(random.Next(1, 13)), $"{first}–{first + random.Next(4, 14)}");
    }

    private string NewId(string firstAuthor, int year)
    {
        var family = firstAuthor.Split(',')[0];
        var letters = new StringBuilder();
        foreach (var c in family.Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetter(c)) letters.Append(char.ToLowerInvariant(c));
        var stem = letters.ToString()[..Math.Min(letters.Length, 16)] + year.ToString(CultureInfo.InvariantCulture);
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++) id = $"{stem}_{n}";
        return id;
    }

    private string Code(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789.-"[random.Next(38)]));

    private string One(string[] pool) => pool[random.Next(pool.Length)];
}
