namespace ReportGen.Model;

/// <summary>What a charted column holds, as fields.csv's <c>kind</c> column names it.</summary>
internal enum FieldKind
{
    /// <summary><c>one</c>: one value from values.csv.</summary>
    One,
    /// <summary><c>several</c>: values from values.csv, <c>;</c>-separated.</summary>
    Several,
    /// <summary><c>codes</c>: sub-type codes from codebook.csv.</summary>
    Codes,
    /// <summary><c>guidelines</c>: ids from guidelines.csv.</summary>
    Guidelines,
    /// <summary><c>resources</c>: ids from resources.csv; the first is the study's main report.</summary>
    Resources,
    Text,
    /// <summary><c>integer</c>: a whole number.</summary>
    WholeNumber,
    Decimal,
    Year,
    /// <summary><c>date</c>: YYYY-MM-DD.</summary>
    Date,
}

/// <summary>Where a field sits in Table 2: columns are ordered by position, and fields sharing a position share a cell.</summary>
/// <param name="Format">How the value is written into the cell, with <c>{}</c> for the value (e.g. <c> ({})</c>).</param>
internal sealed record TableColumn(int Position, string Header, string Width, string Format);

/// <summary>A charted column of campaigns.csv, declared by one row of fields.csv.</summary>
internal sealed record Field(string Name, string Label, FieldKind Kind, bool Required, TableColumn? Table, SourceRef Source)
{
    /// <summary>Whether the field's values are ids from one of the list files, so they can be counted.</summary>
    public bool IsList => Kind is FieldKind.One or FieldKind.Several or FieldKind.Codes or FieldKind.Guidelines or FieldKind.Resources;

    public bool IsNumber => Kind is FieldKind.WholeNumber or FieldKind.Decimal or FieldKind.Year;
}

/// <summary>
/// One cell of a campaign as charted: its text (trimmed), the ids it names (list kinds), the number it holds (number
/// kinds), and where it is, so a later warning can point at the cell.
/// </summary>
internal sealed record FieldCell(string Text, IReadOnlyList<string> Ids, decimal? Number, SourceRef Source)
{
    public bool IsEmpty => Text.Length == 0;
}

/// <summary>The kind names fields.csv writes, in the order data/README.md lists them.</summary>
internal static class FieldKinds
{
    public static IReadOnlyList<(string Name, FieldKind Kind)> All { get; } =
    [
        ("one", FieldKind.One), ("several", FieldKind.Several), ("codes", FieldKind.Codes),
        ("guidelines", FieldKind.Guidelines), ("resources", FieldKind.Resources), ("text", FieldKind.Text),
        ("integer", FieldKind.WholeNumber), ("decimal", FieldKind.Decimal), ("year", FieldKind.Year), ("date", FieldKind.Date),
    ];

    public static string Name(FieldKind kind) => All.First(k => k.Kind == kind).Name;
}
