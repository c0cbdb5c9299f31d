using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// APA 7 reference entries (APA 9.4–9.8, 10.1–10.16) from a resource's fields, in the order and with the year
/// suffixes of the review's citations. Every data value is escaped; the style's italics (a journal's name and
/// volume, a report's, book's, thesis's or page's title) are Markdown emphasis around the escaped text. A field the
/// data lacks is left out with its punctuation.
/// </summary>
internal static class ApaReferenceList
{
    private const int MaxAuthorsListed = 20;

    /// <summary>One paragraph per resource, separated by blank lines, in reference-list order.</summary>
    public static MarkdownText Format(CitationStyle style, IEnumerable<Resource> resources) =>
        new(string.Join("\n\n", style.Sort(resources).Select(r => Entry(style, r).Markdown)));

    /// <summary>
    /// "Buchbinder, R., &amp; Jolley, D. (2007). Title. *Spine*, *32*(5), E156–E162. [https://doi.org/…](…)".
    /// </summary>
    public static MarkdownText Entry(CitationStyle style, Resource resource)
    {
        // Each element ends with its own full stop; they are joined with spaces, so a missing one leaves no gap.
        var parts = new List<string>();
        var authors = Authors(resource);
        parts.Add(Plain(authors.EndsWith('.') ? authors : authors + "."));
        parts.Add(Plain($"({style.YearLabel(resource)})."));
        var title = resource.Title.Trim();
        if (resource.Type == ReferenceTypes.Article)
        {
            if (title.Length > 0) parts.Add(Plain(WithFinalStop(title)));
            if (Source(resource) is { Length: > 0 } source) parts.Add(source);
        }
        else
        {
            var bracket = resource.Type == ReferenceTypes.Thesis
                ? "[" + (resource.Publisher.Length > 0 ? "Thesis, " + resource.Publisher : "Thesis") + "]"
                : "";
            var titled = new List<string>();
            if (title.Length > 0) titled.Add(Italic(title));
            if (bracket.Length > 0) titled.Add(Plain(bracket));
            if (titled.Count > 0) parts.Add(string.Join(" ", titled) + (EndsWithStop(title) && bracket.Length == 0 ? "" : "\\."));
            var publisher = resource.Type switch
            {
                ReferenceTypes.Webpage => resource.Container,
                ReferenceTypes.Thesis => "",
                _ => resource.Publisher,
            };
            if (publisher.Length > 0) parts.Add(Plain(WithFinalStop(publisher)));
        }
        if (resource.Doi.Length > 0)
        {
            parts.Add(ReferenceLinks.Doi(resource.Doi));
        }
        else if (resource.Url.Length > 0)
        {
            if (resource.Accessed.Length > 0) parts.Add(Plain($"Retrieved {LongDate(resource.Accessed)}, from"));
            parts.Add(ReferenceLinks.Url(resource.Url));
        }
        return new MarkdownText(string.Join(" ", parts));
    }

    /// <summary>"*Spine*, *32*(5), E156–E162." — or as much of it as the data gives; "" without a journal.</summary>
    private static string Source(Resource r)
    {
        if (r.Container.Length == 0) return "";
        var text = new StringBuilder(Italic(r.Container));
        if (r.Volume.Length > 0)
        {
            text.Append(", ").Append(Italic(r.Volume));
            if (r.Issue.Length > 0) text.Append(Plain($"({r.Issue})"));
        }
        if (r.Pages.Length > 0) text.Append(", ").Append(Plain(r.Pages));
        return text.Append("\\.").ToString();
    }

    /// <summary>
    /// APA 9.8: up to 20 authors all listed with "&amp;" before the last; beyond that, 19, an ellipsis, and the last.
    /// A list the data marks incomplete ends "et al." rather than claiming a last author.
    /// </summary>
    private static string Authors(Resource resource)
    {
        var names = resource.Authors.Select(a => a.Initials.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Initials.Trim()}").ToList();
        if (resource.MoreAuthors)
            return string.Join(", ", names.Take(MaxAuthorsListed - 1)) + (resource.Authors[^1].Initials.Length == 0 ? " et al." : ", et al.");
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            > MaxAuthorsListed => string.Join(", ", names.Take(MaxAuthorsListed - 1)) + ", . . . " + names[^1],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
    }

    internal static string LongDate(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Plain(string text) => MarkdownEscaper.EscapeFragment(text);

    private static string Italic(string text) => "*" + MarkdownEscaper.EscapeInline(text) + "*";

    private static bool EndsWithStop(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!');

    internal static string WithFinalStop(string text) => text.Length == 0 || EndsWithStop(text) ? text : text + ".";
}
