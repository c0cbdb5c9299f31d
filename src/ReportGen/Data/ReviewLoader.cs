using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads and checks a review's data folder (data/README.md describes its files).</summary>
internal static class ReviewLoader
{
    public const string FlowFileName = "flow.csv";

    /// <summary>
    /// Reads every file, reports every problem to <paramref name="diagnostics"/>, and returns the review,
    /// or null when there was an error (warnings alone still give a review). Diagnostics name files as
    /// <paramref name="dataDirectory"/> was written, joined to the file name with '/'.
    /// </summary>
    public static Review? Load(string dataDirectory, DiagnosticBag diagnostics) =>
        Load(dataDirectory, diagnostics, DataLimits.Default);

    /// <param name="cache">Files parsed by earlier builds of a long-running process (<see cref="DataCache"/>); null to parse each.</param>
    public static Review? Load(string dataDirectory, DiagnosticBag diagnostics, DataLimits limits, DataCache? cache = null)
    {
        var shownDirectory = DisplayDirectory(dataDirectory);
        if (!Directory.Exists(dataDirectory))
        {
            diagnostics.Error(shownDirectory.TrimEnd('/'), 0, 0, DataCodes.MissingFile, "the data folder does not exist",
                "Give the folder that holds review.csv, resources.csv, campaigns.csv and the other data files.");
            return null;
        }
        var errorsBefore = diagnostics.ErrorCount;
        var size = new DataSize();

        BoundTable? Open(TableSchema schema)
        {
            var path = Path.Combine(dataDirectory, schema.FileName);
            var table = CsvFileReader.Read(path, shownDirectory + schema.FileName, limits, diagnostics, cache);
            if (table is null) return null;
            size += new DataSize((long)table.Rows.Count * table.Header.Count, new FileInfo(path).Length);
            return BoundTable.Bind(table, schema, diagnostics);
        }

        var info = ReviewInfoReader.Read(Open(Schemas.Review), diagnostics);
        var errorsBeforeFields = diagnostics.ErrorCount;
        var fieldTable = Open(Schemas.Fields);
        var fields = FieldReader.Read(fieldTable, diagnostics);
        var fieldsComplete = fieldTable is { DefinesAllIds: true } && diagnostics.ErrorCount == errorsBeforeFields;
        var (values, valueIds) = ValueReader.Read(Open(Schemas.Values), fields, fieldsComplete, diagnostics);
        var (codebook, codebookIds) = CodebookReader.Read(Open(Schemas.Codebook), diagnostics);
        var abbreviations = AbbreviationReader.Read(Open(Schemas.Abbreviations), diagnostics);
        var (guidelines, guidelineIds) = GuidelineReader.Read(Open(Schemas.Guidelines), abbreviations, diagnostics);
        var (resources, resourceIds) = ReadResources(dataDirectory, shownDirectory, limits, diagnostics, Open);
        // Without its declaration, campaigns.csv's columns cannot be checked: fields.csv's errors come first.
        var campaignTable = fieldsComplete ? Open(Schemas.Campaigns(fields)) : null;
        if (campaignTable is { Table.Rows.Count: 0 })
            diagnostics.Error(campaignTable.Path, 1, 1, DataCodes.NoRows, "the file names its columns but has no campaign rows",
                "Add one row per charted campaign under the header; every count in the text is taken from these rows.");
        var (campaigns, usedResources) = CampaignReader.Read(campaignTable, fields,
            new ReferenceTargets(resourceIds, valueIds, guidelineIds, codebookIds, fields), diagnostics);
        // flow.csv has a reader of its own (the PRISMA2020 format) over the same CSV reading and checks.
        var flow = FlowCsvReader.Read(Path.Combine(dataDirectory, FlowFileName), shownDirectory + FlowFileName, limits, diagnostics, cache);

        if (campaignTable is { DefinesAllIds: true }) ReportUnusedResources(resources, usedResources, diagnostics);

        if (flow is null || diagnostics.ErrorCount > errorsBefore) return null;
        FlowTotals.Check(flow, campaigns.Count, resources.Count, diagnostics);
        return new Review(info, fields, resources, campaigns, codebook, guidelines, values, abbreviations, flow) { Size = size };
    }

    /// <summary>resources.csv, or a CSL-JSON export in its place (resources.json); both at once is an error.</summary>
    private static (IReadOnlyList<Resource>, KeyRegistry) ReadResources(
        string dataDirectory, string shownDirectory, DataLimits limits, DiagnosticBag diagnostics, Func<TableSchema, BoundTable?> open)
    {
        var json = Path.Combine(dataDirectory, CslJsonReader.FileName);
        if (!File.Exists(json) && !Directory.Exists(json)) return ResourceReader.Read(open(Schemas.Resources), diagnostics);
        if (File.Exists(Path.Combine(dataDirectory, Schemas.Resources.FileName)))
        {
            diagnostics.Error(shownDirectory + CslJsonReader.FileName, 1, 1, DataCodes.TwoResourceFiles,
                $"the data folder holds both {CslJsonReader.FileName} and {Schemas.Resources.FileName}, so it is not clear which lists the resources",
                $"Keep one: delete (or move out of the folder) {Schemas.Resources.FileName} to use the CSL-JSON export, or {CslJsonReader.FileName} to use the CSV.");
            return ([], new KeyRegistry(Schemas.Resources.FileName, "resource", isUsable: false));
        }
        return CslJsonReader.Read(json, shownDirectory + CslJsonReader.FileName, limits, diagnostics);
    }

    private static void ReportUnusedResources(IReadOnlyList<Resource> resources, IReadOnlySet<string> used, DiagnosticBag diagnostics)
    {
        foreach (var resource in resources.Where(r => !used.Contains(r.Id)))
        {
            diagnostics.Warning(resource.Source.File, resource.Source.Line, 1, DataCodes.UnusedResource,
                $"resource '{resource.Id}' is not named by any campaign",
                "Add its id to the 'resources' cell of the campaign it describes in campaigns.csv, or delete this row.");
        }
    }

    private static string DisplayDirectory(string dataDirectory)
    {
        var shown = dataDirectory.Replace('\\', '/');
        return shown.Length == 0 || shown.EndsWith('/') ? shown : shown + "/";
    }
}
