using ReportGen.Tests.Support;
using ReportGen.Data;
using ReportGen.Model;

namespace ReportGen.Tests.Data;

/// <summary>resources.json, a CSL-JSON export (Zotero, Mendeley, pandoc), read in place of resources.csv.</summary>
public class CslJsonTests
{
    /// <summary>The valid fixture's three resources as Zotero would export them (line numbers matter below).</summary>
    private const string Export = """
        [
          {
            "id": "smith2010",
            "type": "article-journal",
            "author": [{"family": "Smith", "given": "J. A."}, {"family": "Brown", "given": "K."}],
            "issued": {"date-parts": [[2010]]},
            "title": "Back pain, imaging and you",
            "container-title": "Journal of Spine Care",
            "volume": 4,
            "page": "1-9",
            "DOI": "10.1000/xyz1"
          },
          {
            "id": "heart2012",
            "type": "report",
            "author": [{"literal": "Heart Foundation"}],
            "issued": {"date-parts": [[2012]]},
            "title": "Campaign report",
            "publisher": "Heart Foundation",
            "abstract": "Members CSL has and ReportGen does not print are passed over."
          },
          {
            "id": "lee2015",
            "type": "article-journal",
            "author": [{"family": "Lee", "given": "Mei"}],
            "issued": {"date-parts": [["2015", 3]]},
            "title": "The \"Scan less\" campaign",
            "container-title": "Health Promotion Journal",
            "volume": "12", "issue": "2", "page": "33–40"
          }
        ]
        """;

    private static (Review? Review, string[] Diagnostics) LoadJson(string json)
    {
        using var folder = ReviewCopy.OfData();
        folder.Delete("data/resources.csv");
        folder.Write("data/resources.json", json + "\n");
        return folder.Load();
    }

    private static object Fields(Resource r) => new
    {
        r.Id, Authors = string.Join("; ", r.Authors.Select(a => a.Family + ", " + a.Initials)), r.Year, r.Title, r.Type, r.MoreAuthors,
        r.Container, r.Volume, r.Issue, r.Pages, r.Publisher, r.Url, r.Doi, r.Accessed,
    };

    [Fact]
    public void Load_CslJsonExport_GivesTheResourcesOfTheCsvItReplaces()
    {
        using var csv = ReviewCopy.OfData();
        var expected = csv.Load();

        var (review, diagnostics) = LoadJson(Export);

        Assert.Empty(diagnostics);
        Assert.Empty(expected.Diagnostics);
        Assert.Equal(expected.Review!.Resources.Select(Fields), review!.Resources.Select(Fields));
        Assert.Equal((2, 3), (review.Resources[0].Source.Line, review.Resources[0].Source.Column));
    }

    [Fact]
    public void Load_WhenADoiIsBad_ReportsItAtItsJsonLineAndColumn()
    {
        var (review, diagnostics) = LoadJson(Export.Replace("\"10.1000/xyz1\"", "\"xyz\"", StringComparison.Ordinal));

        Assert.Null(review);
        Assert.Contains(diagnostics, d => d.StartsWith("data/resources.json:11:12: error " + DataCodes.BadDoi + ": 'xyz' is not a DOI", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAYearIsNotANumber_ReportsItAtItsJsonLineAndColumn()
    {
        var (_, diagnostics) = LoadJson(Export.Replace("[[2012]]", "[[\"2012a\"]]", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.StartsWith("data/resources.json:17:32: error RG021: year '2012a' is not a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenTheJsonIsBroken_ReportsWhereItBreaks()
    {
        var (review, diagnostics) = LoadJson(Export.Replace("\"page\": \"1-9\",", "\"page\": \"1-9\"", StringComparison.Ordinal));

        Assert.Null(review);
        var problem = Assert.Single(diagnostics);
        Assert.StartsWith("data/resources.json:11:5: error " + DataCodes.BadJson + ": the file is not valid JSON: ", problem);
    }

    [Fact]
    public void Load_WhenAValueHasTheWrongJsonType_SaysWhatItMustBe()
    {
        var (_, diagnostics) = LoadJson(Export.Replace("\"volume\": 4,", "\"volume\": {\"n\": 4},", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.StartsWith(
            "data/resources.json:9:15: error " + DataCodes.BadCslValue + ": 'volume' must be text or a number, not an object", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenTheCslTypeIsUnknown_SuggestsTheNearestOne()
    {
        var (_, diagnostics) = LoadJson(Export.Replace("\"type\": \"report\"", "\"type\": \"reprt\"", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.StartsWith(
            "data/resources.json:15:13: error " + DataCodes.UnknownReferenceType + ": the CSL type 'reprt' is not a kind of reference ReportGen prints; did you mean 'report'?",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAFieldIsMissing_WarnsAtTheReference()
    {
        var (review, diagnostics) = LoadJson(Export.Replace("\"volume\": \"12\", ", "", StringComparison.Ordinal));

        Assert.NotNull(review);
        Assert.Equal(
            ["data/resources.json:22:3: warning " + DataCodes.IncompleteReference + ": resource 'lee2015' has no volume; its reference is printed without it\n" +
             "  hint: Fill in what a source gives; leave the rest empty and say why in 'provenance' (the warning then stays, as a reminder)."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenBothResourceFilesArePresent_SaysToKeepOne()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/resources.json", Export);

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            "data/resources.json:1:1: error " + DataCodes.TwoResourceFiles +
            ": the data folder holds both resources.json and resources.csv, so it is not clear which lists the resources\n" +
            "  hint: Keep one: delete (or move out of the folder) resources.csv to use the CSL-JSON export, or resources.json to use the CSV.",
            diagnostics[0]);
    }

    [Theory]
    [InlineData("Hazel J", "H. J.")]
    [InlineData("A. H. Y.", "A. H. Y.")]
    [InlineData("Jean-Paul", "J.-P.")]
    [InlineData("", "")]
    public void Initials_AreWrittenAsResourcesCsvWritesThem(string given, string initials) =>
        Assert.Equal(initials, CslJsonReader.Initials(given));
}
