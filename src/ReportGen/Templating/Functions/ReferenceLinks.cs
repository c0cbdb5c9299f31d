using System.Globalization;
using System.Text;

namespace ReportGen.Templating.Functions;

/// <summary>A reference's DOI and web address as Markdown links, shown as written and escaped, pointing where they say.</summary>
internal static class ReferenceLinks
{
    public const string DoiResolver = "https://doi.org/";

    /// <summary>
    /// "10.1/x(y)" → "[https://doi.org/10.1/x(y)](https://doi.org/10.1/x%28y%29)"; without the resolver in the shown
    /// text (Vancouver's "doi:10.1/x") the link still goes to it.
    /// </summary>
    public static string Doi(string doi, bool withResolver = true) =>
        Link(withResolver ? DoiResolver + doi : doi, DoiResolver + Encode(doi, KeptInDoi));

    /// <summary>A web address shown as written; its link keeps the query and fragment.</summary>
    public static string Url(string url) => Link(url, Encode(url, KeptInUrl));

    private const string KeptInDoi = "-._~/:;";
    private const string KeptInUrl = "-._~/:;?#[]@!$&'*+,=%";

    private static string Link(string shown, string target) => $"[{MarkdownEscaper.EscapeInline(shown)}]({target})";

    // Parentheses, spaces, '<', '>' and '\' would end or change a Markdown link destination, so they are percent-encoded
    // with every other character outside the kept set; the address means the same.
    private static string Encode(string text, string kept)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || kept.Contains(c))) builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
