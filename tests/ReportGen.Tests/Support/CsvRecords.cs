using System.Text;

namespace ReportGen.Tests.Support;

/// <summary>
/// RFC 4180 records for tests that edit a CSV file cell by cell. A reader of our own, not the library's, so that a
/// test's edit does not depend on the code it tests; a quoted cell may hold line breaks (a test may have written one).
/// </summary>
internal static class CsvRecords
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n' && !quoted)
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                records.Add([.. cells]);
                cells.Clear();
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0) { cells.Add(cell.ToString()); records.Add([.. cells]); }
        return records;
    }

    /// <summary>Every cell quoted, every record ended by a line feed.</summary>
    public static string Format(IEnumerable<string[]> records) =>
        string.Concat(records.Select(cells => string.Join(',', cells.Select(Quote)) + "\n"));

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
