using System.Text;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Reliability;

/// <summary>
/// A temporary copy of the shipped data folder, named "data", whose cells a test replaces by row key and column name.
/// The shipped files keep one row per line, which is all <see cref="SetCell"/> relies on (it checks that they do).
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
        var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n').Select(Split).ToList();
        var index = Array.IndexOf(lines[0], column);
        var rows = lines.Where(cells => cells[0] == key).ToList();
        if (index < 0 || rows.Count != 1 || lines.Any(cells => cells.Length != lines[0].Length))
            throw new InvalidOperationException($"{file} has no single row '{key}' with a column '{column}', one row per line");
        rows[0][index] = value;
        File.WriteAllText(path, string.Concat(lines.Select(cells => string.Join(',', cells.Select(Quote)) + "\n")));
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    /// <summary>One line of RFC 4180 CSV with no line break inside a cell.</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c != '\r' || quoted) cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
