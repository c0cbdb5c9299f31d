using ReportGen.Model;

namespace ReportGen.Tests.Templating.Functions;

/// <summary>Resources written the way resources.csv writes authors: "Family, I.; Family, I."; an organisation alone.</summary>
internal static class Resources
{
    public static Resource Make(string id, string authors, int year, string title = "A title", string journal = "", string doi = "") =>
        new(id, ParseAuthors(authors), year, title, new SourceRef("resources.csv", 2)) { Container = journal, Doi = doi };

    private static List<Author> ParseAuthors(string authors) =>
        authors.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new Author(parts[0], parts.Length > 1 ? parts[1] : ""))
            .ToList();

    /// <summary>Shaped like the shipped review's citations, with the collisions APA rules have to settle.</summary>
    public static IReadOnlyList<Resource> Review { get; } =
    [
        Make("zhao2024", "Zhao, X.; Li, Y.; Chen, Z.", 2024),
        Make("ammendolia2004", "Ammendolia, C.; Hogg-Johnson, S.; Pennick, V.", 2004),
        Make("cheng2017", "Cheng, A. H. Y.; Campbell, S.; Chartier, L. B.", 2017),
        Make("buchbinder2007", "Buchbinder, R.; Jolley, D.", 2007, "Effects of a media campaign", "Spine", "10.1097/01.brs.0000261028.55913.ab"),
        Make("schroder2021", "Schröder, K.", 2021),
        Make("schectman2003", "Schectman, J. M.; Schroth, W. S.; Verme, D.", 2003),
        Make("french2022", "French, S. D.; O'Connor, D. A.; Green, S. E.", 2022),
        Make("french2013", "French, S. D.; McKenzie, J. E.; O'Connor, D. A.", 2013),
        Make("jenkins2018", "Jenkins, H. J.; Moloney, N. A.; French, S. D.", 2018),
        Make("jenkins2022a", "Jenkins, H. J.; French, S. D.; Maher, C. G.; Hancock, M. J.", 2022),
        Make("jenkins2022b", "Jenkins, H. J.; Moloney, N. A.; French, S. D.; Hancock, M. J.", 2022),
        Make("wang2018", "Wang, K. Y.; Yen, C. J.; Chen, M.", 2018),
        Make("wang2021", "Wang, K. Y.; Chong, I.; Consul, N.; Lincoln, C. M.", 2021),
        Make("wang2018b", "Wáng, Y. X. J.; Wu, A.; Santiago, F. R.", 2018),
        Make("chou2011", "Chou, R.; Qaseem, A.; Owens, D. K.", 2011),
        Make("chou2018", "Chou, L.; Ranger, T. A.; Peiris, W.", 2018),
        Make("cwa2019", "Choosing Wisely Australia", 2019, "Imaging for lower back pain"),
        Make("smith2020b", "Smith, J.; Brown, A.; Lee, K.", 2020, "The beta study"),
        Make("smith2020a", "Smith, J.; Brown, A.; Lee, K.", 2020, "Alpha study"),
        Make("adams2020c", "Adams, P.; Baker, Q.; Clark, R.", 2020),
        Make("adams2020d", "Adams, P.; Baker, Q.; Dunn, S.", 2020),
        Make("oakeshott1994", "Oakeshott, P.; Kerry, S. M.; Williams, J. E.", 1994),
        Make("oberg2020", "Öberg, B.", 2020),
        Make("pan2020", "Pan, T.", 2020),
    ];
}
