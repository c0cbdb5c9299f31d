using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// Parses "Family, Initials; Family, Initials". An entry without a comma is an organisation; "Family," is a person
/// whose initials no source gives; a last entry "et al." says the sources name more authors than the list holds.
/// </summary>
internal static class AuthorListParser
{
    public static readonly string[] EtAl = ["et al.", "et al", "others"];

    /// <returns>False (reported) when an entry has more than one comma or nothing before its comma.</returns>
    public static bool Parse(DataRow row, CsvCell cell, string value, ResourceEntry into)
    {
        var authors = new List<Author>();
        var entries = MultiValue.Split(value);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (i == entries.Count - 1 && i > 0 && EtAl.Contains(entry, StringComparer.OrdinalIgnoreCase))
            {
                into.MoreAuthors = true;
                continue;
            }
            var parts = entry.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length > 2 || parts[0].Length == 0)
            {
                row.Error(cell, DataCodes.BadAuthor, $"author '{entry}' is not written 'Family, Initials'",
                    "Write each author as 'Family, Initials' and separate authors with ';', e.g. 'Buchbinder, R.; Jolley, D.'; " +
                    "end the list with '; et al.' when the sources do not name every author.");
                return false;
            }
            if (parts.Length == 2 && parts[1].Length == 0) into.WithoutInitials.Add(parts[0]);
            authors.Add(new Author(parts[0], parts.Length == 2 ? parts[1] : ""));
        }
        into.Authors = authors;
        into.AuthorsAt = new SourceRef(row.Source.File, cell.Line, cell.Column);
        return true;
    }
}
