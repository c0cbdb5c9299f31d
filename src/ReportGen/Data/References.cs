namespace ReportGen.Data;

/// <summary>Checks cells that name ids defined in another file, with a "did you mean" for near misses.</summary>
internal static class References
{
    private const int MaxListedIds = 12;

    /// <summary>The values of a multi-valued reference cell, each once, in the order written.</summary>
    public static IReadOnlyList<string> CheckList(DataRow row, string column, KeyRegistry target, string code)
    {
        var cell = row.Cell(column);
        var values = new List<string>();
        foreach (var value in MultiValue.Split(cell.Value))
        {
            if (values.Contains(value, StringComparer.Ordinal))
            {
                row.Warning(cell, DataCodes.RepeatedValue, $"{target.Noun} '{value}' is listed twice in this cell",
                    $"Remove the repeated '{value}'.");
                continue;
            }
            values.Add(value);
            Check(row, cell, value, target, code);
        }
        return values;
    }

    /// <returns>Whether the value is known, or cannot be checked because its file could not be read.</returns>
    public static bool Check(DataRow row, CsvCell cell, string value, KeyRegistry target, string code)
    {
        if (!target.IsUsable || target.Contains(value)) return true;
        var suggestion = Suggestions.Nearest(value, target.Keys);
        row.Error(cell, code, $"{target.Noun} '{value}' is not in {target.FileName}{Suggestions.DidYouMean(suggestion)}",
            UnknownHint(value, target));
        return false;
    }

    private static string UnknownHint(string value, KeyRegistry target)
    {
        if (value.Contains(',')) return "Separate several values with ';', not ','.";
        var listed = target.Keys.Count is > 0 and <= MaxListedIds ? $" ({string.Join(", ", target.Keys)})" : "";
        return $"Use one of the {target.Noun} ids in {target.FileName}{listed}, or add '{value}' to {target.FileName}.";
    }
}
