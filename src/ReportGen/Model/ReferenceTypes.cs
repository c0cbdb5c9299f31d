namespace ReportGen.Model;

/// <summary>The kinds of work a reference can be, and the fields each needs for a complete entry in either style.</summary>
internal static class ReferenceTypes
{
    public const string Article = "article";
    public const string Report = "report";
    public const string Book = "book";
    public const string Thesis = "thesis";
    public const string Webpage = "webpage";

    public static IReadOnlyList<string> All { get; } = [Article, Report, Book, Thesis, Webpage];

    /// <summary>
    /// The fields (resources.csv's column names) without which a reference of the type is incomplete. An article's
    /// issue and DOI are left out: many journals have neither.
    /// </summary>
    public static IReadOnlyList<string> ExpectedFields(string type) => type switch
    {
        Article => ["title", "container", "volume", "pages"],
        Report or Book or Thesis => ["title", "publisher"],
        Webpage => ["title", "container", "url", "accessed"],
        _ => ["title"],
    };
}

/// <summary>The built-in reference styles, chosen by review.csv's <c>citation_style</c>.</summary>
internal enum CitationStyleKind { Apa, Vancouver }

internal static class CitationStyles
{
    public const string Key = "citation_style";

    /// <summary><c>apa</c> (the default) or <c>vancouver</c>; null for anything else.</summary>
    public static CitationStyleKind? Parse(string value) => value switch
    {
        "apa" => CitationStyleKind.Apa,
        "vancouver" => CitationStyleKind.Vancouver,
        _ => null,
    };

    public static CitationStyleKind Of(ReviewInfo info) => Parse(info.Get(Key, "apa")) ?? CitationStyleKind.Apa;
}
