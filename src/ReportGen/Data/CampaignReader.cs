using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>The ids campaigns may refer to, gathered from the files read before campaigns.csv.</summary>
internal sealed record ReferenceTargets(
    KeyRegistry Resources, IReadOnlyDictionary<string, KeyRegistry> Values, KeyRegistry Guidelines, CodebookIds Codebook,
    IReadOnlyList<Field> Fields);

/// <summary>Reads campaigns.csv and checks every cell against the kind fields.csv declares for its column.</summary>
internal static class CampaignReader
{
    /// <returns>The campaigns, and every resource id named by a campaign row, even a row with other errors.</returns>
    public static (IReadOnlyList<Campaign> Campaigns, IReadOnlySet<string> UsedResources) Read(
        BoundTable? table, IReadOnlyList<Field> fields, ReferenceTargets targets, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.CampaignsFile, "campaign");
        var campaigns = new List<Campaign>();
        var usedResources = new HashSet<string>(StringComparer.Ordinal);
        if (table is null) return (campaigns, usedResources);
        var resourceFields = fields.Where(f => f.Kind == FieldKind.Resources).ToList();

        foreach (var row in table.Rows(diagnostics))
        {
            foreach (var field in resourceFields) usedResources.UnionWith(MultiValue.Split(row.Optional(field.Name)));
            if (!row.IsWellFormed) continue;
            var id = row.Required("id");
            var isNew = id is not null && registry.Add(id, row, row.Cell("id"));
            var cells = new Dictionary<string, FieldCell>(StringComparer.Ordinal);
            var valid = true;
            foreach (var field in fields)
            {
                var cell = Read(row, field, targets);
                if (cell is null) valid = false;
                else cells[field.Name] = cell;
            }
            if (isNew && valid) campaigns.Add(new Campaign(id!, cells, row.Source));
        }
        return (campaigns, usedResources);
    }

    /// <returns>The cell, or null when it is wrong (reported).</returns>
    private static FieldCell? Read(DataRow row, Field field, ReferenceTargets targets)
    {
        var csv = row.Cell(field.Name);
        var text = field.Required ? row.Required(field.Name) : row.Optional(field.Name);
        if (text is null) return null;
        var at = new SourceRef(row.Source.File, csv.Line, csv.Column);
        if (text.Length == 0) return new FieldCell("", [], null, at);

        switch (field.Kind)
        {
            case FieldKind.One:
                return References.Check(row, csv, text, targets.Values[field.Name], DataCodes.UnknownValue)
                    ? new FieldCell(text, [text], null, at) : null;
            case FieldKind.Several:
                return List(row, field, targets.Values[field.Name], DataCodes.UnknownValue, at);
            case FieldKind.Guidelines:
                return List(row, field, targets.Guidelines, DataCodes.UnknownGuideline, at);
            case FieldKind.Resources:
                return List(row, field, targets.Resources, DataCodes.UnknownResource, at);
            case FieldKind.Codes:
                return Codes(row, field, targets.Codebook, at);
            case FieldKind.Inferred:
                return Inferred(row, field, targets.Fields, at);
            case FieldKind.WholeNumber:
                return Number(row, field, text, at, NumberStyles.AllowLeadingSign, DataCodes.NotWholeNumber,
                    $"'{text}' is not a whole number", "Write digits only, e.g. 120.");
            case FieldKind.Year:
                return Number(row, field, text, at, NumberStyles.None, DataCodes.NotYear, $"'{text}' is not a year",
                    "Write the year as four digits, e.g. 2019.", text.Length == 4);
            case FieldKind.Decimal:
                return Number(row, field, text, at, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DataCodes.NotDecimal,
                    $"'{text}' is not a number", "Write digits with a point for decimals and no thousands separator, e.g. 12.5.");
            case FieldKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    return new FieldCell(text, [], null, at);
                row.Error(csv, DataCodes.BadDate, $"{field.Name} '{text}' is not a date written YYYY-MM-DD",
                    "Write the date as year-month-day with digits, e.g. 2024-05-31.");
                return null;
            default:
                return new FieldCell(text, [], null, at);
        }
    }

    /// <summary>The ids of a list cell; each unknown one is reported, which keeps the whole review from loading.</summary>
    private static FieldCell? List(DataRow row, Field field, KeyRegistry target, string code, SourceRef at) =>
        field.Required && row.RequiredValues(field.Name) is null
            ? null
            : new(row.Optional(field.Name), References.CheckList(row, field.Name, target, code), null, at);

    private static FieldCell? Codes(DataRow row, Field field, CodebookIds codebook, SourceRef at)
    {
        var cell = List(row, field, codebook.Codes, DataCodes.UnknownCode, at);
        if (cell is null) return null;
        var valid = true;
        foreach (var code in cell.Ids)
        {
            if (!codebook.Children.TryGetValue(code, out var children)) continue;
            valid = false;
            row.Error(row.Cell(field.Name), DataCodes.CodeNotLeaf,
                $"code '{code}' is a method or group of codes, not a sub-type",
                $"Campaigns name the most specific codes; use one or more of {string.Join(", ", children.Select(c => $"'{c}'"))}.");
        }
        return valid ? cell : null;
    }

    /// <summary>The names of the row's inferred fields; each must be another declared field.</summary>
    private static FieldCell? Inferred(DataRow row, Field field, IReadOnlyList<Field> fields, SourceRef at)
    {
        var cell = row.Cell(field.Name);
        var names = fields.Where(f => f.Kind != FieldKind.Inferred).Select(f => f.Name).ToList();
        var valid = true;
        foreach (var name in MultiValue.Split(cell.Value).Where(n => !names.Contains(n, StringComparer.Ordinal)))
        {
            valid = false;
            row.Error(cell, DataCodes.UnknownInferredField,
                $"'{name}' is not a field of fields.csv{Suggestions.DidYouMean(Suggestions.Nearest(name, names))}",
                $"List the names of this campaign's inferred fields, separated by ';' ({string.Join(", ", names)}).");
        }
        return valid ? new FieldCell(row.Optional(field.Name), MultiValue.Split(cell.Value).Distinct(StringComparer.Ordinal).ToList(), null, at) : null;
    }

    private static FieldCell? Number(DataRow row, Field field, string text, SourceRef at, NumberStyles styles, string code,
        string message, string hint, bool shapeOk = true)
    {
        if (shapeOk && decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var number))
            return new FieldCell(text, [], number, at);
        row.Error(row.Cell(field.Name), code, $"{field.Name} {message}", hint);
        return null;
    }
}
