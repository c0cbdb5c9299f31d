namespace ReportGen.Tests.Data;

public class CellTests
{
    [Fact]
    public void Load_WhenYearIsNotAWholeNumber_ReportsTheCell()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", ",2012,", ",2012.5,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            ["data/resources.csv:3:28: error RG021: year '2012.5' is not a whole number\n  hint: Write the year of publication as digits only, e.g. 2004."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenIdentifiedIsNotYesOrNo_ReportsTheCell()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/guidelines.csv", "ACP 2017,yes", "ACP 2017,true");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/guidelines.csv:2:64: error RG022: 'identified' must be 'yes' or 'no', not 'true'\n" +
             "  hint: Write 'yes' for a guideline the review identified, 'no' for the entry that stands for guidelines that could not be identified."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenRequiredCellIsEmpty_ReportsTheCell()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "DK,Scan Less,", "DK, ,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:4:21: error RG020: the required cell 'name' is empty\n" +
             "  hint: Fill in 'name'; every row of campaigns.csv needs one (data/README.md says what it holds)."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenIdIsDuplicated_PointsAtTheSecondAndMentionsTheFirst()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "kiwiback,", "scanless,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:5:1: error RG030: campaign 'scanless' is defined twice (first on line 4)\n" +
             "  hint: Give each campaign its own id, or merge the two rows."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenResourceIdHoldsASpace_ReportsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "heart2012,", "heart 2012,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [
                "data/campaigns.csv:2:11: error RG031: resource 'heart2012' is not in resources.csv\n" +
                "  hint: Use one of the resource ids in resources.csv (smith2010, lee2015), or add 'heart2012' to resources.csv.",
                "data/resources.csv:3:1: error RG024: resource id 'heart 2012' may only hold letters, digits, '-' and '_'\n" +
                "  hint: Remove spaces and other signs from the id, e.g. 'ammendolia2004'.",
            ],
            diagnostics);
    }

    [Fact]
    public void Load_WhenAuthorsAreSeparatedByCommas_SaysToUseSemicolons()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "\"Smith, J. A.;Brown, K. \"", "\"Smith, J. A., Brown, K.\"");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/resources.csv:2:11: error RG025: author 'Smith, J. A., Brown, K.' is not written 'Family, Initials'\n" +
             "  hint: Write each author as 'Family, Initials' and separate authors with ';', e.g. 'Buchbinder, R.; Jolley, D.'."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenDateIsNotIsoFormat_ReportsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/review.csv", "2024-05-31", "31/05/2024");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/review.csv:4:6: error RG023: the date '31/05/2024' is not a date written YYYY-MM-DD\n" +
             "  hint: Write the date as year-month-day with digits, e.g. 2024-05-31."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenValuesFieldIsUnknown_SuggestsTheNearestField()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/values.csv", "country,DK", "contry,DK");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [
                "data/campaigns.csv:4:18: error RG035: country 'DK' is not in values.csv\n" +
                "  hint: Use one of the country ids in values.csv (NZ), or add 'DK' to values.csv.",
                "data/values.csv:3:1: error RG038: field 'contry' is not one of 'country', 'population', 'duration_type'; did you mean 'country'?\n" +
                "  hint: The field names the column of campaigns.csv whose values this row lists; declare it in fields.csv with kind 'one' or 'several'.",
            ],
            diagnostics);
    }

    [Fact]
    public void Load_WhenSeveralFilesAreBroken_ReportsEveryProblemInOneRun()
    {
        using var folder = ReviewCopy.OfData();
        folder.Delete("data/abbreviations.csv");
        folder.Replace("data/resources.csv", ",2012,", ",twenty,");
        folder.Replace("data/campaigns.csv", "DK,Scan Less,", "DK,,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            [
                "data/abbreviations.csv: error RG001: the file is missing\n  hint: Create 'abbreviations.csv' in the data folder; data/README.md lists its columns.",
                "data/campaigns.csv:4:21: error RG020: the required cell 'name' is empty\n" +
                "  hint: Fill in 'name'; every row of campaigns.csv needs one (data/README.md says what it holds).",
                "data/resources.csv:3:28: error RG021: year 'twenty' is not a whole number\n  hint: Write the year of publication as digits only, e.g. 2004.",
            ],
            diagnostics);
    }
}
