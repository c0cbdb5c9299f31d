using ReportGen.Tests.Data;

namespace ReportGen.Tests.Data;

/// <summary>Cells and files that used to pass as filled, or to fail later with a message that was not ours.</summary>
public sealed class DataCellHardeningTests
{
    [Theory]
    [InlineData(" ; ")]
    [InlineData(";")]
    [InlineData(";;  ;")]
    public void A_required_list_cell_of_separators_only_is_an_error_at_the_cell(string cell)
    {
        using var data = ReviewCopy.OfData();
        data.Replace("data/campaigns.csv", "backsmart,smith2010; heart2012,", $"backsmart,{cell},");

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains("data/campaigns.csv:2:11: error RG083: the required cell 'resources' holds only separators (';'), no value",
            diagnostics.Select(d => d.Split('\n')[0]));
    }

    [Fact]
    public void An_author_list_of_separators_only_is_an_error_at_the_cell()
    {
        using var data = ReviewCopy.OfData();
        data.Replace("data/resources.csv", "heart2012,Heart Foundation,", "heart2012, ; ,");

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains(diagnostics, d => d.StartsWith("data/resources.csv:3:11: error RG083: the required cell 'authors' holds only separators", StringComparison.Ordinal));
    }

    [Fact]
    public void Campaigns_with_a_header_and_no_rows_is_a_data_error()
    {
        using var data = ReviewCopy.OfData();
        data.Write("data/campaigns.csv", data.Read("data/campaigns.csv").Split('\n')[0] + "\n");

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains("data/campaigns.csv:1:1: error RG082: the file names its columns but has no campaign rows",
            diagnostics.Select(d => d.Split('\n')[0]));
    }

    [Fact]
    public void An_invisible_character_in_an_echoed_value_is_named()
    {
        using var data = ReviewCopy.OfData();
        data.Replace("data/campaigns.csv", "heart2012,NZ,", "heart2012,NZ\u200B,");

        var (_, diagnostics) = data.Load();

        Assert.Contains(diagnostics, d => d.Contains("country 'NZ<U+200B ZERO WIDTH SPACE>' is not in values.csv"));
    }

    [Fact]
    public void A_byte_order_mark_inside_a_value_is_named()
    {
        using var data = ReviewCopy.OfData();
        data.Replace("data/campaigns.csv", "heart2012,NZ,", "heart2012,\uFEFFNZ,");

        var (_, diagnostics) = data.Load();

        Assert.Contains(diagnostics, d => d.Contains("'<U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)>NZ'"));
    }
}
