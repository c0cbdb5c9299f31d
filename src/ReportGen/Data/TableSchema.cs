namespace ReportGen.Data;

internal sealed record ColumnSpec(string Name, bool Required);

/// <summary>The columns one data file may have; data/README.md documents the same list.</summary>
internal sealed record TableSchema(string FileName, IReadOnlyList<ColumnSpec> Columns)
{
    public static TableSchema Create(string fileName, string[] required, string[] optional) =>
        new(fileName, [.. required.Select(c => new ColumnSpec(c, true)), .. optional.Select(c => new ColumnSpec(c, false))]);
}

internal static class Schemas
{
    public static readonly TableSchema Review = TableSchema.Create("review.csv", ["key", "value"], []);

    public static readonly TableSchema Resources = TableSchema.Create("resources.csv",
        ["id", "authors", "year", "title"], ["journal", "doi", "provenance"]);

    public static readonly TableSchema Campaigns = TableSchema.Create("campaigns.csv",
        ["id", "resources", "country", "name", "purpose", "population", "duration_type", "strategies"],
        ["duration", "guidelines", "incentives", "disincentives", "key_message", "provenance"]);

    public static readonly TableSchema Values = TableSchema.Create("values.csv", ["field", "id", "label"], []);

    public static readonly TableSchema Codebook = TableSchema.Create("codebook.csv", ["code", "label"], ["parent", "table_label"]);

    public static readonly TableSchema Guidelines = TableSchema.Create("guidelines.csv",
        ["id", "name", "identified"], ["table_label"]);

    public static readonly TableSchema Abbreviations = TableSchema.Create("abbreviations.csv", ["abbreviation", "expansion"], []);
}
