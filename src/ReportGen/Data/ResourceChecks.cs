using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// Checks a resource's values, wherever they were read from, and makes the <see cref="Resource"/>. Errors stop
/// the resource; a field its type needs but the sources do not give is a warning, and the reference is printed
/// without it (never with placeholder text).
/// </summary>
internal static partial class ResourceChecks
{
    private const string DoiResolver = "https://doi.org/";

    /// <param name="registry">The ids so far, for duplicates.</param>
    /// <param name="typeNoun">How the file names the type: "type" in resources.csv, "CSL type" in resources.json.</param>
    /// <returns>The resource, or null when an error was reported.</returns>
    public static Resource? Build(ResourceEntry entry, KeyRegistry registry, string typeNoun, DiagnosticBag diagnostics)
    {
        var ok = !entry.Failed;
        var id = entry.Get("id");
        if (id.Length > 0 && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            Error(diagnostics, entry.At("id"), DataCodes.BadId, $"resource id '{id}' may only hold letters, digits, '-' and '_'",
                "Remove spaces and other signs from the id, e.g. 'ammendolia2004'.");
            ok = false;
        }
        else if (id.Length > 0 && !registry.Add(id, entry.At("id"), diagnostics))
        {
            ok = false;
        }

        var year = Year(entry, diagnostics);
        var type = entry.Get("type") is { Length: > 0 } written ? written : ReferenceTypes.Article;
        if (!ReferenceTypes.All.Contains(type))
        {
            var suggestion = Suggestions.Nearest(type, ReferenceTypes.All);
            Error(diagnostics, entry.At("type"), DataCodes.UnknownReferenceType,
                $"the {typeNoun} '{type}' is not a kind of reference ReportGen knows{Suggestions.DidYouMean(suggestion)}",
                $"Write one of {string.Join(", ", ReferenceTypes.All)} (data/README.md says which fields each prints).");
            ok = false;
        }
        var doi = Doi(entry, diagnostics, ref ok);
        var url = entry.Get("url");
        if (url.Length > 0 && !IsWebAddress(url))
        {
            Error(diagnostics, entry.At("url"), DataCodes.BadUrl, $"'{url}' is not a web address starting with http:// or https://",
                "Write the whole address as a browser shows it, e.g. https://www.nice.org.uk/guidance/ng59, with no spaces.");
            ok = false;
        }
        var accessed = entry.Get("accessed");
        if (accessed.Length > 0 && !DateOnly.TryParseExact(accessed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Error(diagnostics, entry.At("accessed"), DataCodes.BadDate, $"the accessed date '{accessed}' is not a date written YYYY-MM-DD",
                "Write the day the page was read as year-month-day with digits, e.g. 2024-02-01.");
            ok = false;
        }
        var title = entry.Get("title");
        if (!ok || id.Length == 0 || year is null || entry.Authors is null) return null;

        var resource = new Resource(id, entry.Authors, year.Value, title, entry.Start)
        {
            Type = type,
            MoreAuthors = entry.MoreAuthors,
            Container = entry.Get("container"),
            Volume = entry.Get("volume"),
            Issue = entry.Get("issue"),
            Pages = PageRange(entry.Get("pages")),
            Publisher = entry.Get("publisher"),
            Url = url,
            Doi = doi,
            Accessed = accessed,
        };
        WarnAboutMissingFields(resource, entry, diagnostics);
        return resource;
    }

    private static int? Year(ResourceEntry entry, DiagnosticBag diagnostics)
    {
        var text = entry.Get("year");
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        Error(diagnostics, entry.At("year"), DataCodes.NotWholeNumber, $"year '{text}' is not a whole number",
            "Write the year of publication as digits only, e.g. 2004.");
        return null;
    }

    /// <summary>The DOI without a resolver prefix ("https://doi.org/10.1/x" and "doi:10.1/x" → "10.1/x").</summary>
    private static string Doi(ResourceEntry entry, DiagnosticBag diagnostics, ref bool ok)
    {
        var doi = entry.Get("doi");
        foreach (var prefix in new[] { DoiResolver, "http://doi.org/", "https://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) doi = doi[prefix.Length..].Trim();
        }
        if (doi.Length == 0 || DoiPattern().IsMatch(doi)) return doi;
        Error(diagnostics, entry.At("doi"), DataCodes.BadDoi, $"'{entry.Get("doi")}' is not a DOI",
            "A DOI starts with '10.', a number, and '/', e.g. 10.1016/j.jmpt.2003.12.021; leave the cell empty when the work has none.");
        ok = false;
        return "";
    }

    private static bool IsWebAddress(string url) =>
        !url.Any(char.IsWhiteSpace) && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>"170-179" → "170–179": a range of pages takes an en dash in both styles.</summary>
    private static string PageRange(string pages) => PageRangePattern().Replace(pages, "$1–$2");

    /// <summary>
    /// One warning per incomplete reference, at the first missing field's cell (or the authors' cell), naming every
    /// missing field: "resource 'dey2004' has no volume or pages; its reference is printed without them".
    /// </summary>
    private static void WarnAboutMissingFields(Resource resource, ResourceEntry entry, DiagnosticBag diagnostics)
    {
        var missing = ReferenceTypes.ExpectedFields(resource.Type).Where(f => entry.Get(f).Length == 0).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            var fields = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " or " + missing[^1];
            problems.Add($"has no {fields}");
        }
        if (resource.MoreAuthors) problems.Add("names only some of its authors ('et al.')");
        if (entry.WithoutInitials.Count > 0)
            problems.Add("has no initials for " + string.Join(", ", entry.WithoutInitials.Select(n => $"'{n}'")));
        if (problems.Count == 0) return;

        var at = missing.Count > 0 ? entry.At(missing[0]) : entry.AuthorsAt;
        var printed = missing.Count == 0 ? "" : $"; its reference is printed without {(missing.Count == 1 ? "it" : "them")}";
        diagnostics.Warning(at.File, at.Line, at.Column, DataCodes.IncompleteReference,
            $"resource '{resource.Id}' {string.Join("; it ", problems)}{printed}",
            "Fill in what a source gives; leave the rest empty and say why in 'provenance' (the warning then stays, as a reminder).");
    }

    private static void Error(DiagnosticBag diagnostics, SourceRef at, string code, string message, string hint) =>
        diagnostics.Error(at.File, at.Line, at.Column, code, message, hint);

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^(\w+)\s*[-‐‑]\s*(\w+)$")]
    private static partial Regex PageRangePattern();
}
