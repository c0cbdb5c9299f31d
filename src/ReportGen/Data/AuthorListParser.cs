using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Parses "Family, Initials; Family, Initials"; an entry without a comma is an organisation.</summary>
internal static class AuthorListParser
{
    /// <returns>The authors, or null (reported) when an entry has more than one comma.</returns>
    public static IReadOnlyList<Author>? Parse(DataRow row, CsvCell cell, string value)
    {
        var authors = new List<Author>();
        foreach (var entry in MultiValue.Split(value))
        {
            var parts = entry.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length > 2 || parts.Any(p => p.Length == 0))
            {
                row.Error(cell, DataCodes.BadAuthor, $"author '{entry}' is not written 'Family, Initials'",
                    "Write each author as 'Family, Initials' and separate authors with ';', e.g. 'Buchbinder, R.; Jolley, D.'.");
                return null;
            }
            authors.Add(parts.Length == 2 ? new Author(parts[0], parts[1]) : new Author(parts[0], ""));
        }
        return authors;
    }
}
