using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads review.csv: key/value facts about the review (title, authors, date, …).</summary>
internal static class ReviewInfoReader
{
    public static ReviewInfo Read(BoundTable? table, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Review.FileName, "key");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (table is null) return new ReviewInfo(values);

        foreach (var row in table.Rows(diagnostics).Where(r => r.IsWellFormed))
        {
            var key = row.Required("key");
            var value = row.Required("value");
            if (key is null || !registry.Add(key, row, row.Cell("key")) || value is null) continue;
            if (key == "date" && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                row.Error(row.Cell("value"), DataCodes.BadDate, $"the date '{value}' is not a date written YYYY-MM-DD",
                    "Write the date as year-month-day with digits, e.g. 2024-05-31.");
                continue;
            }
            if (key == DocumentLayouts.Key && DocumentLayouts.Parse(value) is null)
            {
                row.Error(row.Cell("value"), DataCodes.BadLayout, $"the layout '{value}' is neither 'draft' nor 'submission'",
                    "Write 'draft' (the default) or 'submission' (double spacing and line numbers in the Word file).");
                continue;
            }
            if (key == CitationStyles.Key && CitationStyles.Parse(value) is null)
            {
                var suggestion = Suggestions.Nearest(value, ["apa", "vancouver"]);
                row.Error(row.Cell("value"), DataCodes.UnknownCitationStyle,
                    $"the citation style '{value}' is neither 'apa' nor 'vancouver'{Suggestions.DidYouMean(suggestion)}",
                    "Write 'apa' (author–date, the default) or 'vancouver' (numbered in order of first citation).");
                continue;
            }
            if (key == ReviewInfo.MarkInferredKey && ReviewInfo.ParseSwitch(value) is null)
            {
                row.Error(row.Cell("value"), DataCodes.BadMarkInferred, $"{ReviewInfo.MarkInferredKey} '{value}' is neither 'true' nor 'false'",
                    "Write 'true' (the default) to mark Table 2's inferred cells with a dagger, or 'false' to leave them unmarked.");
                continue;
            }
            values[key] = value;
        }
        return new ReviewInfo(values);
    }
}
