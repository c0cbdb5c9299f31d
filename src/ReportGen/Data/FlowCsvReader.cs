using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// Reads flow counts in the PRISMA2020 R package's CSV format
/// (<c>data,node,box,description,boxtext,tooltips,url,n</c>), so that a file made for that package loads as it is.
/// Rows whose <c>data</c> is NA are the package's title and band boxes; their words come from our template instead.
/// The file is read and split as every other data file is (size and encoding checks, quoting, one field per column).
/// </summary>
internal static class FlowCsvReader
{
    /// <summary>
    /// The package's file has 34 rows; a flow.csv with many more is the wrong file, and each of its rows would be a
    /// warning, so it is refused before any row is interpreted.
    /// </summary>
    public const int MaxRows = 1000;

    private static readonly string[] Columns = ["data", "node", "box", "description", "boxtext", "tooltips", "url", "n"];
    private static readonly string[] RequiredColumns = ["data", "n"];

    public static FlowCounts? Read(string path, DiagnosticBag bag) => Read(path, path, DataLimits.Default, bag);

    internal static FlowCounts? Read(string path, string displayPath, DataLimits limits, DiagnosticBag bag, DataCache? cache = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            bag.Error(displayPath, 0, 0, PrismaCodes.FileUnreadable, "The PRISMA flow file does not exist.",
                "Create it from the PRISMA2020 template (data,node,box,description,boxtext,tooltips,url,n) or point the build at the right file.");
            return null;
        }
        var table = CsvFileReader.Read(path, displayPath, limits with { MaxRows = MaxRows }, bag, cache);
        return table is null ? null : Read(table, bag);
    }

    private static FlowCounts? Read(CsvTable table, DiagnosticBag bag)
    {
        var path = table.Path;
        var headers = table.Header.Select(h => h.Value.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            bag.Error(path, 1, 1, PrismaCodes.MissingColumn, $"The PRISMA flow file has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column.",
                $"Use the PRISMA2020 header line {string.Join(',', Columns)}.");
            return null;
        }
        if (table.Rows.Count == 0)
        {
            bag.Error(path, 1, 1, PrismaCodes.EmptyFile, "The PRISMA flow file has a header but no rows.",
                "Add a row for each count of the PRISMA2020 template (database_results, …); write NA for a count the review does not report.");
            return null;
        }

        var rows = new List<FlowRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Rows.Where(r => r.IsWellFormed))
        {
            CsvCell Cell(string column) => headers.IndexOf(column) is var index and >= 0 && index < record.Cells.Count
                ? record.Cells[index]
                : new CsvCell("", record.Line, 1);
            var line = record.Line;
            var data = Cell("data").Value.Trim();
            if (FlowCellParser.IsNotReported(data) || FlowData.Bands.Contains(data)) continue;

            var n = Cell("n");
            // Positions inside the cell count from its text, after an opening quote.
            var (nLine, nColumn) = (n.Line, n.Column + (n.IsQuoted ? 1 : 0));
            if (seen.TryGetValue(data, out var firstLine))
            {
                bag.Error(path, line, 1, PrismaCodes.RowGivenTwice, $"{data} is given twice (first on line {firstLine}).",
                    "Keep one row per data name and delete the other.");
                continue;
            }
            seen[data] = line;
            if (!FlowData.Known.Contains(data))
                bag.Warning(path, line, 1, PrismaCodes.UnknownDataName, $"'{data}' is not a PRISMA2020 data name; the row is ignored.",
                    $"Use one of: {string.Join(", ", FlowData.Known)}.");

            var parsed = FlowCellParser.Parse(data, n.Value, FlowData.Lists.Contains(data));
            foreach (var p in parsed.Problems)
                bag.Error(path, nLine, nColumn + p.Offset, p.Code, p.Message, p.Hint);
            rows.Add(new FlowRow(data, Cell("node").Value, Cell("box").Value, Cell("description").Value,
                Cell("boxtext").Value, parsed.Count, parsed.Items, nLine, nColumn));
        }
        return new FlowCounts(path, rows);
    }
}
