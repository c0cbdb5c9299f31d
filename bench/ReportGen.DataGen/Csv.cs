using System.Text;

namespace ReportGen.DataGen;

/// <summary>
/// Reads the shipped CSV files and writes the synthetic ones: RFC 4180 (quoted cells may hold commas, quotes
/// written twice and line breaks), UTF-8 without BOM, LF line ends.
/// </summary>
internal static class Csv
{
    /// <summary>Every row of a file as column name → cell.</summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0];
        return records.Skip(1)
            .Select(r => header.Select((h, i) => (h, cell: i < r.Count ? r[i] : "")).ToDictionary(p => p.h, p => p.cell, StringComparer.Ordinal))
            .ToList();
    }

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(",", header.Select(Quote)));
        foreach (var row in rows) writer.WriteLine(string.Join(",", row.Select(Quote)));
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                record.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                records.Add(record);
                record = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || record.Count > 0) { record.Add(cell.ToString()); records.Add(record); }
        return records;
    }
}
