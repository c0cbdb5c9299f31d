using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>Reads and checks a review's data folder (data/README.md describes its files).</summary>
public static class ReviewLoader
{
    public const string FlowFileName = "flow.csv";

    /// <summary>
    /// Reads every file, reports every problem to <paramref name="diagnostics"/>, and returns the review,
    /// or null when there was an error (warnings alone still give a review). Diagnostics name files as
    /// <paramref name="dataDirectory"/> was written, joined to the file name with '/'.
    /// </summary>
    public static Review? Load(string dataDirectory, DiagnosticBag diagnostics) =>
        Load(dataDirectory, diagnostics, DataLimits.Default);

    public static Review? Load(string dataDirectory, DiagnosticBag diagnostics, DataLimits limits)
    {
        var shownDirectory = DisplayDirectory(dataDirectory);
        if (!Directory.Exists(dataDirectory))
        {
            diagnostics.Error(shownDirectory.TrimEnd('/'), 0, 0, DataCodes.MissingFile, "the data folder does not exist",
                "Give the folder that holds review.csv, resources.csv, campaigns.csv and the other data files.");
            return null;
        }
        var errorsBefore = diagnostics.ErrorCount;

        BoundTable? Open(TableSchema schema)
        {
            var table = CsvFileReader.Read(Path.Combine(dataDirectory, schema.FileName), shownDirectory + schema.FileName,
                limits, diagnostics);
            return table is null ? null : BoundTable.Bind(table, schema, diagnostics);
        }

        var info = ReviewInfoReader.Read(Open(Schemas.Review), diagnostics);
        var (values, valueIds) = ValueReader.Read(Open(Schemas.Values), diagnostics);
        var (codebook, codebookIds) = CodebookReader.Read(Open(Schemas.Codebook), diagnostics);
        var (guidelines, guidelineIds) = GuidelineReader.Read(Open(Schemas.Guidelines), diagnostics);
        var (resources, resourceIds) = ResourceReader.Read(Open(Schemas.Resources), diagnostics);
        var campaignTable = Open(Schemas.Campaigns);
        var (campaigns, usedResources) = CampaignReader.Read(campaignTable,
            new ReferenceTargets(resourceIds, valueIds, guidelineIds, codebookIds), diagnostics);
        var abbreviations = AbbreviationReader.Read(Open(Schemas.Abbreviations), diagnostics);
        // flow.csv has a reader of its own (the PRISMA2020 format), but the same size limit and encoding checks.
        var flowPath = Path.Combine(dataDirectory, FlowFileName);
        var flow = File.Exists(flowPath) && !CsvFileReader.IsReadableText(flowPath, shownDirectory + FlowFileName, limits, diagnostics)
            ? null
            : FlowCsvReader.Read(flowPath, diagnostics);

        if (campaignTable is { DefinesAllIds: true }) ReportUnusedResources(resources, usedResources, diagnostics);

        if (flow is null || diagnostics.ErrorCount > errorsBefore) return null;
        return new Review(info, resources, campaigns, codebook, guidelines, values, abbreviations, flow);
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
