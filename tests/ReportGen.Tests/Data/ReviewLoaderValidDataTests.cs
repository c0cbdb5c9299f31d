using ReportGen.Data;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Data;

public class ReviewLoaderValidDataTests
{
    [Fact]
    public void Load_WhenDataIsValid_ReturnsReviewWithoutDiagnostics()
    {
        using var folder = ReviewCopy.OfData();

        var (review, diagnostics) = folder.Load();

        Assert.Empty(diagnostics);
        Assert.NotNull(review);
        Assert.Equal("2024-05-31", review.Info.Get("date"));
        Assert.Equal(["smith2010", "heart2012", "lee2015"], review.Resources.Select(r => r.Id));
        Assert.Equal(["backsmart", "scanless", "kiwiback"], review.Campaigns.Select(c => c.Id));
        Assert.Equal(Path.Combine(folder.Data, "flow.csv").Replace('\\', '/'), review.Flow.File);
        Assert.Equal(40, review.Flow.Count("database_results"));
        Assert.Null(review.Flow.Count("duplicates"));
    }

    [Fact]
    public void Load_WhenDataIsValid_ParsesAuthorsIntoFamilyAndInitials()
    {
        using var folder = ReviewCopy.OfData();

        var review = folder.Load().Review!;

        var smith = review.Resources[0];
        Assert.Equal([new Model.Author("Smith", "J. A."), new Model.Author("Brown", "K.")], smith.Authors);
        Assert.Equal(2010, smith.Year);
        Assert.Equal("Back pain, imaging and you", smith.Title);
        Assert.Equal("10.1000/xyz1", smith.Doi);
        Assert.Equal([new Model.Author("Heart Foundation", "")], review.Resources[1].Authors);
        Assert.Equal("The \"Scan less\" campaign", review.Resources[2].Title);
    }

    [Fact]
    public void Load_WhenDataIsValid_SplitsAndTrimsMultiValuedCells()
    {
        using var folder = ReviewCopy.OfData();

        var review = folder.Load().Review!;

        var backSmart = review.Campaigns[0];
        Assert.Equal(["smith2010", "heart2012"], backSmart.Cells["resources"].Ids);
        Assert.Equal(["leaflets", "radio"], backSmart.Cells["strategies"].Ids);
        Assert.Equal(["acp2017"], backSmart.Cells["guidelines"].Ids);
        Assert.Equal("Stay active,\ndo not scan", backSmart.Cells["key_message"].Text);
        Assert.Equal("2009 – 2011", backSmart.Cells["duration"].Text);
        var scanLess = review.Campaigns[1];
        Assert.Equal(["acp2017", "unknown"], scanLess.Cells["guidelines"].Ids);
        Assert.Equal(["workshops", "posters"], scanLess.Cells["strategies"].Ids);
        Assert.Equal(("DK", "clinicians", "one_time"), (scanLess.Cells["country"].Text, scanLess.Cells["population"].Text, scanLess.Cells["duration_type"].Text));
        Assert.Empty(review.Campaigns[2].Cells["guidelines"].Ids);
    }

    [Fact]
    public void Load_WhenACellHoldsALineBreak_KeepsPhysicalLineNumbers()
    {
        using var folder = ReviewCopy.OfData();

        var review = folder.Load().Review!;

        Assert.Equal([2, 4, 5], review.Campaigns.Select(c => c.Source.Line));
        Assert.Equal(folder.Data.Replace('\\', '/') + "/campaigns.csv", review.Campaigns[0].Source.File);
    }

    [Fact]
    public void Load_WhenDataIsValid_KeepsCodebookOrderAndDefaultsTableLabels()
    {
        using var folder = ReviewCopy.OfData();

        var review = folder.Load().Review!;

        Assert.Equal(["education", "print", "leaflets", "posters", "workshops", "media", "radio"], review.Codebook.Select(c => c.Id));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], review.Codebook.Select(c => c.Order));
        Assert.Equal([null, "education", "print", "print", "education", null, "media"], review.Codebook.Select(c => c.ParentId));
        Assert.Equal("posters", review.Codebook[3].TableLabel);
        Assert.Equal("Print", review.Codebook[1].TableLabel);
        Assert.Equal(["NZ", "DK", "public", "clinicians", "one_time", "ongoing"], review.Values.Select(v => v.Id));
        Assert.Equal("New Zealand", review.Values[0].Label);
        Assert.Equal([true, false], review.Guidelines.Select(g => g.Identified));
        Assert.Equal("Additional guidelines that could not be identified", review.Guidelines[1].TableLabel);
        Assert.Equal(["NZ", "DK"], review.Abbreviations.Select(a => a.Short));
    }

    [Fact]
    public void Load_WhenFolderIsGivenWithTrailingSeparator_JoinsFileNamesWithOneSlash()
    {
        using var folder = ReviewCopy.OfData();
        folder.Delete("data/guidelines.csv");
        var bag = new DiagnosticBag();

        ReviewLoader.Load(folder.Data + "/", bag);

        Assert.Equal(folder.Data.Replace('\\', '/') + "/guidelines.csv", Assert.Single(bag.Items).File);
    }

    [Fact]
    public void Load_WhenFolderDoesNotExist_ReportsTheFolderWithForwardSlashes()
    {
        var bag = new DiagnosticBag();

        var review = ReviewLoader.Load(Path.Combine(Path.GetTempPath(), "reportgen-no-such") + "\\data", bag);

        Assert.Null(review);
        var expected = (Path.Combine(Path.GetTempPath(), "reportgen-no-such") + "/data").Replace('\\', '/');
        Assert.Equal(
            $"{expected}: error RG001: the data folder does not exist\n" +
            "  hint: Give the folder that holds review.csv, resources.csv, campaigns.csv and the other data files.",
            Assert.Single(bag.Items).ToString());
    }
}
