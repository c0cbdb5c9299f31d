namespace ReportGen.Tests.Data;

public class ColumnTests
{
    [Fact]
    public void Load_WhenRequiredColumnIsMisspelt_SuggestsTheNearestHeader()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "resources,country,", "resources,contry,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            ["data/campaigns.csv:1:14: error RG010: column 'contry' is unknown; did you mean 'country'? (the required column 'country' is missing)\n" +
             "  hint: Rename the column 'contry' to 'country' in the first row."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenRequiredColumnIsMissing_NamesItAndWarnsAboutTheUnknownOne()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/values.csv", "field,id,label", "field,id,words");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [
                "data/values.csv:1:1: error RG010: the required column 'label' is missing (the first row names 'field', 'id', 'words', 'table_label')\n" +
                "  hint: Add a column named 'label' to the first row; data/README.md says what it holds.",
                "data/values.csv:1:10: warning RG011: column 'words' is unknown and is ignored\n" +
                "  hint: The columns of values.csv are 'field', 'id', 'label', 'table_label'; delete this column if you do not need it.",
            ],
            diagnostics);
    }

    [Fact]
    public void Load_WhenColumnIsUnknown_WarnsWithSuggestionAndStillLoads()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "doi,provenance", "doi,provenanse");

        var (review, diagnostics) = folder.Load();

        Assert.NotNull(review);
        Assert.Equal(
            ["data/resources.csv:1:35: warning RG011: column 'provenanse' is unknown and is ignored; did you mean 'provenance'?\n" +
             "  hint: Rename it to 'provenance' if that is what it holds; otherwise delete it."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenColumnHasNoName_WarnsAndStillLoads()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/abbreviations.csv", "abbreviation,expansion,\nNZ,New Zealand,\nDK,Denmark,\n");

        var (review, diagnostics) = folder.Load();

        Assert.NotNull(review);
        Assert.Equal(
            ["data/abbreviations.csv:1:24: warning RG011: this column has no name and is ignored\n" +
             "  hint: Give the column a name in the first row, or delete it if it is empty."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenColumnIsDuplicated_PointsAtTheSecond()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/guidelines.csv", "id,name,table_label,", "id,name,name,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            ["data/guidelines.csv:1:9: error RG012: column 'name' appears twice (first as column 2)\n" +
             "  hint: Delete one of the two columns, or rename it if it holds something else."],
            diagnostics);
    }
}
