using ReportGen.Tests.Support;
using ReportGen.Data;

namespace ReportGen.Tests.Data;

/// <summary>resources.csv's structured reference fields: each bad value is reported at its cell, a missing one is warned about.</summary>
public class ResourceFieldTests
{
    private const string Smith = "smith2010,\"Smith, J. A.;Brown, K. \",2010,\"Back pain, imaging and you\",Journal of Spine Care,10.1000/xyz1,,article,4,,1–9,";

    private static string[] LoadWithSmith(string row, out ReportGen.Model.Review? review)
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", Smith, row);
        (review, var diagnostics) = folder.Load();
        return diagnostics;
    }

    /// <summary>smith2010 with a column the fixture lacks, added at the end of the header and of Smith's row.</summary>
    private static string[] LoadWithExtraColumn(string column, string value)
    {
        using var folder = ReviewCopy.OfData();
        var lines = folder.Read("data/resources.csv").TrimEnd('\n').Split('\n');
        folder.Write("data/resources.csv", string.Join("\n", lines.Select((line, i) =>
            i == 0 ? line + "," + column : line == Smith ? line + "," + value : line + ",")) + "\n");
        return folder.Load().Diagnostics;
    }

    [Fact]
    public void Load_WhenDoiIsNotADoi_ReportsItsCell()
    {
        var diagnostics = LoadWithSmith(Smith.Replace("10.1000/xyz1", "doi 10.1000", StringComparison.Ordinal), out var review);

        Assert.Null(review);
        Assert.Contains(
            "data/resources.csv:2:93: error " + DataCodes.BadDoi + ": 'doi 10.1000' is not a DOI\n" +
            "  hint: A DOI starts with '10.', a number, and '/', e.g. 10.1016/j.jmpt.2003.12.021; leave the cell empty when the work has none.",
            diagnostics);
    }

    [Fact]
    public void Load_WhenDoiIsWrittenAsALink_KeepsTheBareDoi()
    {
        LoadWithSmith(Smith.Replace("10.1000/xyz1", "https://doi.org/10.1000/xyz1", StringComparison.Ordinal), out var review);

        Assert.Equal("10.1000/xyz1", review!.Resources.Single(r => r.Id == "smith2010").Doi);
    }

    [Fact]
    public void Load_WhenTypeIsUnknown_SuggestsTheNearestType()
    {
        var diagnostics = LoadWithSmith(Smith.Replace(",article,", ",artcle,", StringComparison.Ordinal), out var review);

        Assert.Null(review);
        Assert.Contains(
            "data/resources.csv:2:107: error " + DataCodes.UnknownReferenceType + ": the type 'artcle' is not a kind of reference ReportGen knows; did you mean 'article'?\n" +
            "  hint: Write one of article, report, book, thesis, webpage (data/README.md says which fields each prints).",
            diagnostics);
    }

    [Fact]
    public void Load_WhenYearIsNotANumber_ReportsItsCell()
    {
        var diagnostics = LoadWithSmith(Smith.Replace(",2010,", ",2010a,", StringComparison.Ordinal), out _);

        Assert.Contains(diagnostics, d => d.StartsWith("data/resources.csv:2:37: error RG021: year '2010a' is not a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAccessedIsNotADate_ReportsItsCell()
    {
        var diagnostics = LoadWithExtraColumn("accessed", "31/05/2024");

        Assert.Contains(diagnostics, d => d.StartsWith(
            "data/resources.csv:2:123: error RG023: the accessed date '31/05/2024' is not a date written YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenUrlIsNotAWebAddress_ReportsItsCell()
    {
        var diagnostics = LoadWithExtraColumn("url", "www.example.org");

        Assert.Contains(diagnostics, d => d.StartsWith(
            "data/resources.csv:2:123: error " + DataCodes.BadUrl + ": 'www.example.org' is not a web address starting with http:// or https://",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAFieldTheTypeNeedsIsEmpty_WarnsNamingTheResourceTheCellAndTheField()
    {
        var diagnostics = LoadWithSmith(Smith.Replace(",4,,1–9,", ",,,1–9,", StringComparison.Ordinal), out var review);

        Assert.NotNull(review);
        Assert.Equal(
            ["data/resources.csv:2:115: warning " + DataCodes.IncompleteReference + ": resource 'smith2010' has no volume; its reference is printed without it\n" +
             "  hint: Fill in what a source gives; leave the rest empty and say why in 'provenance' (the warning then stays, as a reminder)."],
            diagnostics);
        Assert.Equal("", review.Resources.Single(r => r.Id == "smith2010").Volume);
    }

    [Fact]
    public void Load_WhenAuthorsEndWithEtAl_MarksTheListIncompleteAndWarns()
    {
        var diagnostics = LoadWithSmith(Smith.Replace("Brown, K. ", "Brown, K.; et al.", StringComparison.Ordinal), out var review);

        var smith = review!.Resources.Single(r => r.Id == "smith2010");
        Assert.True(smith.MoreAuthors);
        Assert.Equal(["Smith", "Brown"], smith.Authors.Select(a => a.Family));
        Assert.Equal(
            ["data/resources.csv:2:11: warning " + DataCodes.IncompleteReference + ": resource 'smith2010' names only some of its authors ('et al.')\n" +
             "  hint: Fill in what a source gives; leave the rest empty and say why in 'provenance' (the warning then stays, as a reminder)."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenAnAuthorHasNoInitials_WarnsAndKeepsTheFamilyName()
    {
        var diagnostics = LoadWithSmith(Smith.Replace("Smith, J. A.", "Smith,", StringComparison.Ordinal), out var review);

        Assert.Equal(new ReportGen.Model.Author("Smith", ""), review!.Resources.Single(r => r.Id == "smith2010").Authors[0]);
        Assert.Contains(diagnostics, d => d.StartsWith(
            "data/resources.csv:2:11: warning RG063: resource 'smith2010' has no initials for 'Smith'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenPagesUseAHyphen_GivesThemAnEnDash()
    {
        LoadWithSmith(Smith.Replace("1–9", "1-9", StringComparison.Ordinal), out var review);

        Assert.Equal("1–9", review!.Resources.Single(r => r.Id == "smith2010").Pages);
    }

    [Fact]
    public void Load_WhenCitationStyleIsUnknown_ReportsItsCellWithTheNearestStyle()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/review.csv", folder.Read("data/review.csv").TrimEnd('\n') + "\ncitation_style,vancover\n");
        var lines = folder.Read("data/review.csv").TrimEnd('\n').Split('\n').Length;

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            [$"data/review.csv:{lines}:16: error " + DataCodes.UnknownCitationStyle + ": the citation style 'vancover' is neither 'apa' nor 'vancouver'; did you mean 'vancouver'?\n" +
             "  hint: Write 'apa' (author–date, the default) or 'vancouver' (numbered in order of first citation)."],
            diagnostics);
    }
}
