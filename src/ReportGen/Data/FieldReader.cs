using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads fields.csv: the charted columns of campaigns.csv, what each holds, and where it goes in Table 2.</summary>
internal static class FieldReader
{
    /// <summary>Names a campaign already answers to in templates, so a field may not take them.</summary>
    public static readonly IReadOnlyList<string> Reserved = ["id", "methods"];

    /// <summary>The list file a kind's values come from, or "" for kinds that name no list.</summary>
    public static string SourceOf(FieldKind kind) => kind switch
    {
        FieldKind.One or FieldKind.Several => Schemas.Values.FileName,
        FieldKind.Codes => Schemas.Codebook.FileName,
        FieldKind.Guidelines => Schemas.Guidelines.FileName,
        FieldKind.Resources => Schemas.Resources.FileName,
        FieldKind.Inferred => Schemas.Fields.FileName,
        _ => "",
    };

    public static IReadOnlyList<Field> Read(BoundTable? table, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Fields.FileName, "field");
        var fields = new List<Field>();
        if (table is null) return fields;

        foreach (var row in table.Rows(diagnostics).Where(r => r.IsWellFormed))
        {
            var name = Name(row);
            var label = row.Required("label");
            var kind = Kind(row);
            var source = kind is null || Source(row, kind.Value);
            var required = Required(row);
            var column = Column(row, label);
            if (name is null || !registry.Add(name, row, row.Cell("name")) || label is null || kind is null || !source
                || required is null || column is { Position: < 0 }) continue;
            fields.Add(new Field(name, label, kind.Value, required.Value, column, new SourceRef(row.Source.File, row.Line)));
        }
        CheckSharedHeaders(fields, diagnostics);
        return fields;
    }

    private static string? Name(DataRow row)
    {
        var name = row.Required("name");
        if (name is null) return null;
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            row.Error(row.Cell("name"), DataCodes.BadFieldName,
                $"field name '{name}' must start with a small letter and hold only small letters, digits and '_'",
                "The name is the column's header in campaigns.csv and the name templates use (c.NAME, fields.NAME), e.g. 'sample_size'.");
            return null;
        }
        if (!Reserved.Contains(name)) return name;
        row.Error(row.Cell("name"), DataCodes.ReservedFieldName, $"'{name}' cannot be the name of a field",
            $"Templates already use {string.Join(" and ", Reserved.Select(r => $"'c.{r}'"))} for every campaign; choose another name.");
        return null;
    }

    private static FieldKind? Kind(DataRow row)
    {
        var text = row.Required("kind");
        if (text is null) return null;
        foreach (var (kindName, kind) in FieldKinds.All)
            if (kindName == text) return kind;
        var names = FieldKinds.All.Select(k => k.Name).ToList();
        row.Error(row.Cell("kind"), DataCodes.UnknownFieldKind,
            $"kind '{text}' is not one of {string.Join(", ", names.Select(n => $"'{n}'"))}{Suggestions.DidYouMean(Suggestions.Nearest(text, names))}",
            "data/README.md says what each kind holds: 'one' and 'several' take values from values.csv, 'integer' a whole number, and so on.");
        return null;
    }

    /// <returns>Whether the source fits the kind (an empty source takes the kind's own list).</returns>
    private static bool Source(DataRow row, FieldKind kind)
    {
        var source = row.Optional("source");
        var expected = SourceOf(kind);
        if (source.Length == 0 || source == expected) return true;
        row.Error(row.Cell("source"), DataCodes.WrongFieldSource,
            expected.Length == 0
                ? $"a field of kind '{FieldKinds.Name(kind)}' takes no list, but the source is '{source}'"
                : $"a field of kind '{FieldKinds.Name(kind)}' takes its values from {expected}, not '{source}'",
            expected.Length == 0
                ? "Leave 'source' empty, or change the kind to one whose values come from a list."
                : $"Write '{expected}' in 'source' (or leave it empty), or change the kind.");
        return false;
    }

    private static bool? Required(DataRow row)
    {
        var value = row.Optional("required");
        if (value.Length == 0 || value.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
        row.Error(row.Cell("required"), DataCodes.NotYesNo, $"'required' must be 'yes' or 'no', not '{value}'",
            "Write 'yes' when every campaign must fill this cell, 'no' (or nothing) when it may be empty.");
        return null;
    }

    /// <returns>The field's place in Table 2, null when it is not shown, or a position of -1 when the cell is wrong (reported).</returns>
    private static TableColumn? Column(DataRow row, string? label)
    {
        var text = row.Optional("table");
        if (text.Length == 0) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
        {
            row.Error(row.Cell("table"), DataCodes.NotWholeNumber, $"table position '{text}' is not a whole number from 1 up",
                "Write the field's column in Table 2 (1 is the first column), or leave the cell empty to keep it out of the table.");
            return new TableColumn(-1, "", "", "");
        }
        var width = row.Optional("width");
        if (width.Length > 0 && !(decimal.TryParse(width, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w > 0))
        {
            row.Error(row.Cell("width"), DataCodes.NotDecimal, $"width '{width}' is not a positive number",
                "Write the column's width relative to the others' (e.g. 12 beside 8), or leave it empty for equal widths.");
            return new TableColumn(-1, "", "", "");
        }
        var header = row.Optional("header");
        // The format is taken as written: its spaces are part of what goes between two fields in one cell.
        return new TableColumn(position, header.Length == 0 ? label ?? "" : header, width, row.Cell("format").Value);
    }

    /// <summary>Fields sharing a column share its header: only the first may name one, or a second name would be lost.</summary>
    private static void CheckSharedHeaders(List<Field> fields, DiagnosticBag diagnostics)
    {
        foreach (var column in fields.Where(f => f.Table is not null).GroupBy(f => f.Table!.Position))
        {
            var first = column.First();
            foreach (var other in column.Skip(1).Where(f => f.Table!.Header != f.Label && f.Table.Header != first.Table!.Header))
                diagnostics.Warning(other.Source.File, other.Source.Line, 1, DataCodes.SharedTableHeader,
                    $"field '{other.Name}' shares Table 2's column {other.Table!.Position} with '{first.Name}', whose header '{first.Table!.Header}' is used",
                    "Leave 'header' empty for the second and later fields of a column, or give this field a column of its own.");
        }
    }
}
