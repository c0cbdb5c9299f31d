using CsvHelper;
using ReportGen.Diagnostics;
using ReportGen.Data.Files;

namespace ReportGen.Data;

/// <summary>
/// Reads one CSV file into a <see cref="CsvTable"/>, reporting everything that keeps it from being read as
/// CSV: a missing or oversized file, bytes that are not UTF-8, NUL characters, bad quoting, rows with the
/// wrong number of fields, and the row and cell limits. Returns null when the file cannot be used at all.
/// </summary>
internal static class CsvFileReader
{
    private const string SaveAsUtf8Hint =
        "Open the file in your spreadsheet program and save it as 'CSV UTF-8 (comma delimited)'.";

    private const string QuoteHint =
        "Add the missing closing quote (\") at the end of the cell. A quote inside a quoted cell is written twice (\"\").";

    private static readonly TextCodes Codes = new(DataCodes.NotUtf8, DataCodes.NulCharacter, "a CSV file", SaveAsUtf8Hint,
        "The file was probably saved as 'Unicode text' (UTF-16). " + SaveAsUtf8Hint);

    /// <summary>
    /// Reads and splits the file; <paramref name="filePath"/> must lie directly in the data folder, since a file that is a
    /// link to somewhere outside it is refused.
    /// </summary>
    /// <param name="cache">Tables parsed by earlier builds of a long-running process, by their bytes; null to parse.</param>
    public static CsvTable? Read(string filePath, string displayPath, DataLimits limits, DiagnosticBag diagnostics, DataCache? cache = null) =>
        ReadText(filePath, displayPath, limits, diagnostics, Codes) is not { } text ? null
        : cache is null ? Parse(text.Bytes, text.Positions, displayPath, limits, diagnostics)
        : cache.Parsed(displayPath, limits, text.Bytes, diagnostics, fresh => Parse(text.Bytes, text.Positions, displayPath, limits, fresh));

    /// <summary>
    /// A data file's bytes, checked as the CSV files are (a regular file inside the data folder, within the size
    /// limit, UTF-8 without NUL characters), or null when reported; resources.json is read through this too.
    /// </summary>
    internal static (byte[] Bytes, BytePositions Positions)? ReadText(
        string filePath, string displayPath, DataLimits limits, DiagnosticBag diagnostics, TextCodes codes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        var input = InputFile.Read(filePath, folder, limits.MaxFileBytes);
        var name = Path.GetFileName(filePath);
        switch (input.Problem)
        {
            case ReadProblem.Missing:
                diagnostics.Error(displayPath, 0, 0, DataCodes.MissingFile, "the file is missing",
                    $"Create '{name}' in the data folder; data/README.md lists its columns.");
                return null;
            case ReadProblem.OutsideFolder:
                // Its content is never read, so no message can show a line of a file the user did not mean to share.
                diagnostics.Error(displayPath, 0, 0, DataCodes.OutsideDataFolder,
                    "the file is a link to a file outside the data folder, which ReportGen does not read",
                    $"Copy the file into the data folder as '{name}' instead of linking to it.");
                return null;
            case ReadProblem.NotRegular:
                diagnostics.Error(displayPath, 0, 0, DataCodes.NotRegularFile,
                    $"'{name}' is {input.Detail}, not a regular file, so it is not read",
                    $"Save the data as an ordinary file named '{name}' in the data folder.");
                return null;
            case ReadProblem.TooLarge:
                ReportTooLarge(input.Length, displayPath, limits, diagnostics);
                return null;
            case ReadProblem.Unreadable:
                diagnostics.Error(displayPath, 0, 0, DataCodes.MissingFile, $"the file cannot be read: {input.Detail}",
                    "Close the file in other programs and check that you may read it.");
                return null;
        }
        var bytes = input.Bytes!;
        return TextBytes.Check(bytes, displayPath, codes, diagnostics) is { } text ? (bytes, text.Positions) : null;
    }

    private static void ReportTooLarge(long length, string displayPath, DataLimits limits, DiagnosticBag diagnostics) =>
        diagnostics.Error(displayPath, 0, 0, DataCodes.FileTooLarge,
            $"the file is {Megabytes(length)} MB, more than the limit of {Megabytes(limits.MaxFileBytes)} MB",
            "Check that this is the right file; a review's data is usually well under 1 MB.");

    private static CsvTable? Parse(byte[] bytes, BytePositions positions, string path, DataLimits limits, DiagnosticBag diagnostics)
    {
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrimWhitespace = false,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = malformed.Add,
        };
        using var reader = CsvReader.Create(bytes, options);

        List<CsvCell>? header = null;
        var rows = new List<CsvRecord>();
        var isComplete = true;
        while (reader.Read())
        {
            var fieldStarts = FieldStarts(reader);
            var isWellFormed = true;
            foreach (var problem in malformed)
            {
                var keepsRows = ReportQuoting(problem, reader, fieldStarts, positions, path, diagnostics);
                isWellFormed &= keepsRows;
                isComplete &= keepsRows;
            }
            malformed.Clear();

            var cells = new List<CsvCell>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var (line, column) = positions.At(fieldStarts[i]);
                var value = reader.GetString(i) ?? "";
                if (value.Length > limits.MaxCellCharacters && !isWellFormed)
                {
                    value = "";
                }
                else if (value.Length > limits.MaxCellCharacters)
                {
                    diagnostics.Error(path, line, column, DataCodes.CellTooLong,
                        $"the cell has {value.Length} characters, more than the limit of {limits.MaxCellCharacters}",
                        "Shorten the cell. If it holds several rows of the file, a quote (\") that opens it is probably not closed.");
                    value = "";
                    isWellFormed = false;
                }
                cells.Add(new CsvCell(value, line, column, reader.GetRawSpan(i) is [(byte)'"', ..]));
            }
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.All(c => string.IsNullOrWhiteSpace(c.Value))) continue;

            if (rows.Count == limits.MaxRows)
            {
                diagnostics.Error(path, cells[0].Line, 1, DataCodes.TooManyRows,
                    $"the file has more than {limits.MaxRows} rows",
                    "Check that this is the right file; ReportGen reads at most this many rows.");
                return null;
            }

            if (isWellFormed && cells.Count != header.Count)
            {
                var end = positions.At(reader.ByteOffset + reader.RawRecord.Length);
                ReportFieldCount(cells, header.Count, end, path, diagnostics);
                isWellFormed = false;
            }
            rows.Add(new CsvRecord(cells[0].Line, cells, isWellFormed));
        }

        if (header is null)
        {
            diagnostics.Error(path, 0, 0, DataCodes.EmptyFile, "the file is empty",
                "The first row must name the columns; data/README.md lists them.");
            return null;
        }
        return new CsvTable(path, header, rows, isComplete);
    }

    /// <summary>CsvHelper gives each field's raw bytes; a field starts one separator after the previous one ends.</summary>
    private static long[] FieldStarts(CsvReader reader)
    {
        var starts = new long[reader.FieldCount];
        var offset = reader.ByteOffset;
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = offset;
            offset += reader.GetRawSpan(i).Length + 1;
        }
        return starts;
    }

    private static void ReportFieldCount(List<CsvCell> cells, int expected, (int Line, int Column) end, string path, DiagnosticBag diagnostics)
    {
        if (cells.Count > expected)
        {
            var extra = cells[expected];
            var surplus = cells.Count - expected == 1
                ? $"field {expected + 1} is one too many"
                : $"fields {expected + 1} to {cells.Count} are too many";
            diagnostics.Error(path, extra.Line, extra.Column, DataCodes.FieldCount,
                $"the row has {FieldCount(cells.Count)} but the header has {expected}; {surplus}",
                "A cell that contains a comma must be in double quotes (\"...\"); your spreadsheet program adds them when it saves as CSV.");
        }
        else
        {
            diagnostics.Error(path, end.Line, end.Column, DataCodes.FieldCount,
                $"the row has {FieldCount(cells.Count)} but the header has {expected}; field {cells.Count + 1} is missing",
                "Every row needs a cell for each column, separated by commas; leave a cell empty rather than leaving it out.");
        }
    }

    /// <returns>Whether the row's values can be trusted: false when a quote merged it with the rows after it.</returns>
    private static bool ReportQuoting(CsvMalformedRecord problem, CsvReader reader, long[] fieldStarts,
        BytePositions positions, string path, DiagnosticBag diagnostics)
    {
        var field = Array.FindLastIndex(fieldStarts, start => start <= problem.ByteOffset);
        var fieldStart = positions.At(fieldStarts[Math.Max(field, 0)]);
        var at = positions.At(problem.ByteOffset);
        var spansLines = field >= 0 && reader.GetRawSpan(field).IndexOfAny((byte)'\n', (byte)'\r') >= 0;
        switch (problem.Reason)
        {
            case CsvMalformedReason.UnterminatedQuote:
                diagnostics.Error(path, fieldStart.Line, fieldStart.Column, DataCodes.UnterminatedQuote,
                    "the quote (\") that opens this cell is never closed, so the cell runs to the end of the file", QuoteHint);
                return false;
            case CsvMalformedReason.TextAfterClosingQuote when spansLines:
                diagnostics.Error(path, fieldStart.Line, fieldStart.Column, DataCodes.UnterminatedQuote,
                    $"the quote (\") that opens this cell is not closed on its line; the cell runs on to line {at.Line}",
                    QuoteHint);
                return false;
            case CsvMalformedReason.TextAfterClosingQuote:
                diagnostics.Error(path, at.Line, at.Column, DataCodes.BadQuote,
                    "there is text after the closing quote (\") of this cell",
                    "Inside a quoted cell, write a quote twice: \"the \"\"Back Pain\"\" campaign\".");
                return true;
            case CsvMalformedReason.StrayQuote:
                diagnostics.Warning(path, at.Line, at.Column, DataCodes.BadQuote,
                    "a quote (\") inside a cell that does not start with a quote is kept as written",
                    "If the quote should open a quoted cell, remove the spaces before it; otherwise put the whole cell in quotes and write the quote twice (\"\").");
                return true;
            default:
                diagnostics.Error(path, at.Line, at.Column, DataCodes.BadQuote, "the quoting of this row is malformed",
                    "Open the file in your spreadsheet program and save it as CSV again.");
                return false;
        }
    }

    private static string FieldCount(int count) => count == 1 ? "1 field" : $"{count} fields";

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
