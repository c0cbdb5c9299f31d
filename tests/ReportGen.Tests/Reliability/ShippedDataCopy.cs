using System.Text;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Reliability;

/// <summary>
/// A temporary copy of the shipped data folder, named "data", whose cells a test replaces by row key and column name.
/// </summary>
internal sealed class ShippedDataCopy : IDisposable
{
    public ShippedDataCopy()
    {
        Root = Directory.CreateTempSubdirectory("reportgen-shipped-data-").FullName;
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(RepoPaths.Data, "*.csv"))
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public string Root { get; }

    public string Folder => Path.Combine(Root, "data");

    /// <summary>Sets the cell in <paramref name="column"/> of the row whose first cell is <paramref name="key"/>.</summary>
    public void SetCell(string file, string key, string column, string value)
    {
        var path = Path.Combine(Folder, file);
        var records = Parse(File.ReadAllText(path));
        var index = Array.IndexOf(records[0], column);
        var rows = records.Where(cells => cells[0] == key).ToList();
        if (index < 0 || rows.Count != 1)
            throw new InvalidOperationException($"{file} has no single row '{key}' with a column '{column}'");
        rows[0][index] = value;
        File.WriteAllText(path, string.Concat(records.Select(cells => string.Join(',', cells.Select(Quote)) + "\n")));
    }

    /// <summary>Adds a column to <paramref name="file"/>, its cell in each row given by the row's first cell.</summary>
    public void AddColumn(string file, string column, Func<string, string> cellOf)
    {
        var path = Path.Combine(Folder, file);
        var records = Parse(File.ReadAllText(path)).Where(cells => cells.Length > 1).ToList();
        File.WriteAllText(path, string.Concat(records.Select((cells, i) =>
            string.Join(',', cells.Append(i == 0 ? column : cellOf(cells[0])).Select(Quote)) + "\n")));
    }

    /// <summary>Adds a line (cells already written as CSV) at the end of <paramref name="file"/>.</summary>
    public void AppendLine(string file, string line)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text + (text.EndsWith('\n') ? "" : "\n") + line + "\n");
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    /// <summary>RFC 4180 records; a quoted cell may hold line breaks (a test may have written one).</summary>
    private static List<string[]> Parse(string text)
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

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
