using System.Text;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>APA-like reference entries, in the order and with the year suffixes of the review's citations.</summary>
internal static class ReferenceList
{
    private const int MaxAuthorsListed = 20;

    /// <summary>One paragraph per resource, separated by blank lines, in reference-list order.</summary>
    public static MarkdownText Format(CitationStyle style, IEnumerable<Resource> resources)
    {
        var entries = style.Sort(resources).Select(r => Entry(style, r).Markdown);
        return new MarkdownText(string.Join("\n\n", entries));
    }

    /// <summary>
    /// "Buchbinder, R., &amp; Jolley, D. (2007). Title. *Journal*. [https://doi.org/10.1/x](https://doi.org/10.1/x)"
    /// with every data value escaped; the journal and DOI are left out when empty.
    /// </summary>
    public static MarkdownText Entry(CitationStyle style, Resource resource)
    {
        var authors = Authors(resource.Authors);
        var text = new StringBuilder(authors);
        if (authors.Length > 0)
        {
            text.Append(authors.EndsWith('.') ? " " : ". ");
        }
        text.Append('(').Append(style.YearLabel(resource)).Append("). ");
        text.Append(WithFinalStop(resource.Title.Trim()));

        var markdown = new StringBuilder(MarkdownEscaper.EscapeInline(text.ToString()));
        var journal = resource.Journal.Trim();
        if (journal.Length > 0)
        {
            markdown.Append(" *").Append(MarkdownEscaper.EscapeInline(journal)).Append('*');
            if (!journal.EndsWith('.'))
            {
                markdown.Append("\\.");
            }
        }
        var doi = resource.Doi.Trim();
        if (doi.Length > 0)
        {
            markdown.Append(' ').Append(DoiLink(doi));
        }
        return new MarkdownText(markdown.ToString());
    }

    /// <summary>APA 9.8: up to 20 authors all listed with "&amp;" before the last; beyond that, 19, an ellipsis, and the last.</summary>
    private static string Authors(IReadOnlyList<Author> authors)
    {
        var names = authors.Select(a => a.Initials.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Initials.Trim()}").ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            > MaxAuthorsListed => string.Join(", ", names.Take(MaxAuthorsListed - 1)) + ", . . . " + names[^1],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
    }

    private static string WithFinalStop(string title) =>
        title.Length == 0 || title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? title : title + ".";

    private static string DoiLink(string doi)
    {
        var marker = doi.IndexOf("doi.org/", StringComparison.OrdinalIgnoreCase);
        var bare = marker >= 0 ? doi[(marker + "doi.org/".Length)..] : doi;
        var shown = "https://doi.org/" + bare;
        return $"[{MarkdownEscaper.EscapeInline(shown)}](https://doi.org/{UrlEncode(bare)})";
    }

    // Only characters that need no escaping in a Markdown link destination or a URL are kept as they are.
    private static string UrlEncode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~/:;".Contains(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }
}
