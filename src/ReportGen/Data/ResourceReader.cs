using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads resources.csv: the included papers, theses and web pages.</summary>
internal static class ResourceReader
{
    public static (IReadOnlyList<Resource> Resources, KeyRegistry Ids) Read(BoundTable? table, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Resources.FileName, "resource", table is { DefinesAllIds: true });
        var resources = new List<Resource>();
        if (table is null) return (resources, registry);

        foreach (var row in table.Rows(diagnostics))
        {
            if (!row.IsWellFormed)
            {
                registry.AddQuietly(row.Optional("id"), row.Line);
                continue;
            }
            var id = Id(row);
            var authorsText = row.RequiredValues("authors") is null ? null : row.Optional("authors");
            var authors = authorsText is null ? null : AuthorListParser.Parse(row, row.Cell("authors"), authorsText);
            var year = Year(row);
            var title = row.Required("title");
            if (id is null || !registry.Add(id, row, row.Cell("id")) || authors is null || year is null || title is null) continue;
            resources.Add(new Resource(id, authors, year.Value, title, row.Optional("journal"), row.Optional("doi"), row.Source));
        }
        return (resources, registry);
    }

    private static string? Id(DataRow row)
    {
        var id = row.Required("id");
        if (id is null || id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return id;
        row.Error(row.Cell("id"), DataCodes.BadId, $"resource id '{id}' may only hold letters, digits, '-' and '_'",
            "Remove spaces and other signs from the id, e.g. 'ammendolia2004'.");
        return null;
    }

    private static int? Year(DataRow row)
    {
        var text = row.Required("year");
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        row.Error(row.Cell("year"), DataCodes.NotWholeNumber, $"year '{text}' is not a whole number",
            "Write the year of publication as digits only, e.g. 2004.");
        return null;
    }
}
