using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads resources.csv: the included papers, reports, theses and web pages, one per row.</summary>
internal static class ResourceReader
{
    /// <summary>The columns that hold a reference's fields, named as <see cref="ResourceEntry.Values"/> names them.</summary>
    public static readonly string[] FieldColumns =
        ["type", "container", "volume", "issue", "pages", "publisher", "url", "doi", "accessed"];

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
            var entry = new ResourceEntry(row.Source);
            foreach (var column in (string[])["id", "year", "title", .. FieldColumns])
            {
                var cell = row.Cell(column);
                entry.Set(column, cell.Value, new SourceRef(table.Path, cell.Line, cell.Column));
            }
            row.Required("id");
            row.Required("year");
            if (row.RequiredValues("authors") is not null)
                AuthorListParser.Parse(row, row.Cell("authors"), row.Optional("authors"), entry);
            if (ResourceChecks.Build(entry, registry, "type", diagnostics) is { } resource) resources.Add(resource);
        }
        return (resources, registry);
    }
}
