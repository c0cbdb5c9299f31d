using System.Text;
using CsvHelper;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// Reads flow counts in the PRISMA2020 R package's CSV format
/// (<c>data,node,box,description,boxtext,tooltips,url,n</c>), so that a file made for that package loads as it is.
/// Rows whose <c>data</c> is NA are the package's title and band boxes; their words come from our template instead.
/// </summary>
public static class FlowCsvReader
{
    private static readonly string[] Columns = ["data", "node", "box", "description", "boxtext", "tooltips", "url", "n"];
    private static readonly string[] RequiredColumns = ["data", "n"];

    public static FlowCounts? Read(string path, DiagnosticBag bag)
    {
        if (!File.Exists(path))
        {
            bag.Error(path, 0, 0, "RG100", "The PRISMA flow file does not exist.",
                "Create it from the PRISMA2020 template (data,node,box,description,boxtext,tooltips,url,n) or point the build at the right file.");
            return null;
        }
        try
        {
            var problems = new List<Diagnostic>();
            var options = CsvReaderOptions.Default with
            {
                Separator = ',',
                TrackLineNumbers = true,
                OnMalformedRecord = m => problems.Add(new Diagnostic(path, (int)m.LineNumber, 1, Severity.Error, "RG108",
                    $"The row is not valid CSV ({m.Reason}).", "Close every quote that opens a cell, and double quotes inside quoted cells.")),
            };
            using var reader = CsvReader.FromFile(path, options);
            var counts = Read(path, reader, bag);
            foreach (var problem in problems) bag.Add(problem);
            return counts;
        }
        catch (IOException e)
        {
            bag.Error(path, 0, 0, "RG100", $"The PRISMA flow file could not be read: {e.Message}", "Check that the file is not locked and can be read.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            bag.Error(path, 0, 0, "RG100", "The PRISMA flow file may not be read.", "Give the build permission to read the file.");
            return null;
        }
    }

    private static FlowCounts? Read(string path, CsvReader reader, DiagnosticBag bag)
    {
        var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (headers.Count == 0 || headers.All(h => h.Length == 0))
        {
            bag.Error(path, 1, 1, "RG107", "The PRISMA flow file is empty.",
                $"Start it with the header line {string.Join(',', Columns)}.");
            return null;
        }
        var missing = RequiredColumns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            bag.Error(path, 1, 1, "RG101", $"The PRISMA flow file has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column.",
                $"Use the PRISMA2020 header line {string.Join(',', Columns)}.");
            return null;
        }
        int Index(string column) => headers.IndexOf(column);
        string Cell(int index) => index >= 0 && index < reader.FieldCount ? reader.GetString(index) : "";

        var rows = new List<FlowRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var data = Cell(Index("data")).Trim();
            if (FlowCellParser.IsNotReported(data) || FlowData.Bands.Contains(data)) continue;

            var (nLine, nColumn) = FieldPosition(Encoding.UTF8.GetString(reader.RawRecord), Index("n"), line);
            if (seen.TryGetValue(data, out var firstLine))
            {
                bag.Error(path, line, 1, "RG105", $"{data} is given twice (first on line {firstLine}).",
                    "Keep one row per data name and delete the other.");
                continue;
            }
            seen[data] = line;
            if (!FlowData.Known.Contains(data))
                bag.Warning(path, line, 1, "RG106", $"'{data}' is not a PRISMA2020 data name; the row is ignored.",
                    $"Use one of: {string.Join(", ", FlowData.Known)}.");

            var parsed = FlowCellParser.Parse(data, Cell(Index("n")), FlowData.Lists.Contains(data));
            foreach (var p in parsed.Problems)
                bag.Error(path, nLine, nColumn + p.Offset, p.Code, p.Message, p.Hint);
            rows.Add(new FlowRow(data, Cell(Index("node")), Cell(Index("box")), Cell(Index("description")),
                Cell(Index("boxtext")), parsed.Count, parsed.Items, nLine, nColumn));
        }
        return new FlowCounts(path, rows);
    }

    /// <summary>
    /// Line and column where the text of field <paramref name="field"/> starts (after an opening quote),
    /// found by scanning the raw record, since a quoted cell before it may span lines.
    /// </summary>
    internal static (int Line, int Column) FieldPosition(string rawRecord, int field, int recordLine)
    {
        var index = 0;
        var inQuotes = false;
        var current = 0;
        for (; index < rawRecord.Length && current < field; index++)
        {
            var c = rawRecord[index];
            if (c == '"') inQuotes = !inQuotes;
            else if (c == ',' && !inQuotes) current++;
        }
        if (index < rawRecord.Length && rawRecord[index] == '"') index++;
        var before = rawRecord.AsSpan(0, index);
        var lineBreaks = before.Count('\n');
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (recordLine + lineBreaks, column);
    }
}
