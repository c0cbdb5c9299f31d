namespace ReportGen.Tests.Data;

public class ReferenceTests
{
    private const string CodeIds = "(education, print, leaflets, posters, workshops, media, radio)";

    [Fact]
    public void Load_WhenResourceIsUnknown_SuggestsTheNearMatch()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "scanless,lee2015,", "scanless,lee2016,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            [
                "data/campaigns.csv:4:10: error RG031: resource 'lee2016' is not in resources.csv; did you mean 'lee2015'?\n" +
                "  hint: Use one of the resource ids in resources.csv (smith2010, heart2012, lee2015), or add 'lee2016' to resources.csv.",
                "data/resources.csv:4:1: warning RG040: resource 'lee2015' is not named by any campaign\n" +
                "  hint: Add its id to the 'resources' cell of the campaign it describes in campaigns.csv, or delete this row.",
            ],
            diagnostics);
    }

    [Fact]
    public void Load_WhenResourcesAreSeparatedByCommas_SaysToUseSemicolons()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "smith2010; heart2012", "\"smith2010, heart2012\"");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [
                "data/campaigns.csv:2:11: error RG031: resource 'smith2010, heart2012' is not in resources.csv\n" +
                "  hint: Separate several values with ';', not ','.",
                "data/resources.csv:3:1: warning RG040: resource 'heart2012' is not named by any campaign\n" +
                "  hint: Add its id to the 'resources' cell of the campaign it describes in campaigns.csv, or delete this row.",
            ],
            diagnostics);
    }

    [Fact]
    public void Load_WhenCodeIsUnknown_SuggestsTheNearMatch()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "leaflets;radio", "leaflet;radio");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:2:110: error RG032: code 'leaflet' is not in codebook.csv; did you mean 'leaflets'?\n" +
             $"  hint: Use one of the code ids in codebook.csv {CodeIds}, or add 'leaflet' to codebook.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenCodeIsNotALeaf_NamesItsSubTypes()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "One week,,radio,", "One week,,print,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:5:77: error RG033: code 'print' is a method or group of codes, not a sub-type\n" +
             "  hint: Campaigns name the most specific codes; use one or more of 'leaflets', 'posters'."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenGuidelineIsUnknown_ReportsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "acp2017; unknown", "acp2017; nice2016");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:4:72: error RG034: guideline 'nice2016' is not in guidelines.csv\n" +
             "  hint: Use one of the guideline ids in guidelines.csv (acp2017, unknown), or add 'nice2016' to guidelines.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenCountryIsUnknown_SuggestsAndListsTheKnownValues()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "smith2010,NZ,", "smith2010,NZL,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:5:20: error RG035: country 'NZL' is not in values.csv; did you mean 'NZ'?\n" +
             "  hint: Use one of the country ids in values.csv (NZ, DK), or add 'NZL' to values.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenDurationTypeIsUnknown_ReportsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "public,ongoing,", "public,on-going,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:2:82: error RG035: duration_type 'on-going' is not in values.csv; did you mean 'ongoing'?\n" +
             "  hint: Use one of the duration_type ids in values.csv (one_time, ongoing), or add 'on-going' to values.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenCodebookParentIsUnknown_SuggestsTheNearMatch()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/codebook.csv", "radio,media,", "radio,medai,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/codebook.csv:8:7: error RG036: code 'medai' is not in codebook.csv; did you mean 'media'?\n" +
             $"  hint: Use one of the code ids in codebook.csv {CodeIds}, or add 'medai' to codebook.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenCodebookParentsFormACycle_ReportsItOnce()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/codebook.csv", "education,,", "education,leaflets,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:2:110: error RG033: code 'leaflets' is a method or group of codes, not a sub-type\n" +
             "  hint: Campaigns name the most specific codes; use one or more of 'education'.",
             "data/codebook.csv:2:11: error RG037: the parents of these codes go round in a circle: 'education' → 'leaflets' → 'print' → 'education'\n" +
             "  hint: A method (a code with an empty 'parent') must be at the top of every chain of parents; empty the 'parent' of one of these codes or correct it."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenResourceIsNotUsed_WarnsAndStillLoads()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "smith2010; heart2012", "smith2010");

        var (review, diagnostics) = folder.Load();

        Assert.NotNull(review);
        Assert.Equal(
            ["data/resources.csv:3:1: warning RG040: resource 'heart2012' is not named by any campaign\n" +
             "  hint: Add its id to the 'resources' cell of the campaign it describes in campaigns.csv, or delete this row."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenAValueIsRepeatedInACell_WarnsAndKeepsItOnce()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "workshops; posters", "workshops; posters; workshops");

        var (review, diagnostics) = folder.Load();

        Assert.Equal(["workshops", "posters"], review!.Campaigns[1].Cells["strategies"].Ids);
        Assert.Equal(
            ["data/campaigns.csv:4:89: warning RG041: code 'workshops' is listed twice in this cell\n  hint: Remove the repeated 'workshops'."],
            diagnostics);
    }
}
