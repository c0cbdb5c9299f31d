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
        ["id", "authors", "year"], ["title", .. ResourceReader.FieldColumns, "provenance"]);

    public const string CampaignsFile = "campaigns.csv";

    /// <summary>campaigns.csv has an id and the columns fields.csv declares, required as they are declared.</summary>
    public static TableSchema Campaigns(IEnumerable<Model.Field> fields) =>
        new(CampaignsFile, [new ColumnSpec("id", true), .. fields.Select(f => new ColumnSpec(f.Name, f.Required))]);

    public static readonly TableSchema Fields = TableSchema.Create("fields.csv",
        ["name", "label", "kind"], ["source", "required", "table", "header", "width", "format"]);

    public static readonly TableSchema Values = TableSchema.Create("values.csv", ["field", "id", "label"],
        ["table_label", "label_singular", "label_plural"]);

    public static readonly TableSchema Codebook = TableSchema.Create("codebook.csv", ["code", "label"],
        ["parent", "table_label", "label_singular", "label_plural", "description"]);

    public static readonly TableSchema Guidelines = TableSchema.Create("guidelines.csv",
        ["id", "name", "identified"], ["table_label", "abbreviation"]);

    public static readonly TableSchema Abbreviations = TableSchema.Create("abbreviations.csv", ["abbreviation", "expansion"],
        ["plural", "expansion_plural"]);
}
