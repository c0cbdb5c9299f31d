using ReportGen.Diagnostics;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Model;
using ReportGen.Tests.Data;
using ReportGen.Tests.Prisma;

namespace ReportGen.Tests.Data;

/// <summary>flow.csv gets the checks every other data file gets, a row limit of its own, and arithmetic that cannot overflow.</summary>
public sealed class FlowFileHardeningTests
{
    private const string Header = "data,node,box,description,boxtext,tooltips,url,n\n";

    private static (FlowCounts? Counts, string[] Diagnostics, string Path) Read(string csv)
    {
        var path = PrismaFiles.Temp(csv);
        var bag = new DiagnosticBag();
        var counts = FlowCsvReader.Read(path, bag);
        return (counts, [.. bag.Sorted().Select(d => (d with { Hint = null }).ToString())], path);
    }

    [Fact]
    public void An_unquoted_comma_is_a_field_count_error_not_a_count_taken_as_not_reported()
    {
        var (counts, diagnostics, path) = Read(Header + "database_results,node7,box2,Records from, databases,Databases,NA,NA,40\n");

        Assert.Equal($"{path}:2:69: error RG007: the row has 9 fields but the header has 8; field 9 is one too many", Assert.Single(diagnostics));
        Assert.Null(counts!.Row("database_results"));
    }

    [Fact]
    public void A_row_with_too_few_fields_is_an_error()
    {
        var (_, diagnostics, path) = Read(Header + "database_results,node7,box2,Databases,Databases,NA,40\n");

        Assert.Equal($"{path}:2:54: error RG007: the row has 7 fields but the header has 8; field 8 is missing", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_flow_file_with_a_header_and_no_rows_is_an_error_of_the_flow_file()
    {
        var (counts, diagnostics, path) = Read(Header);

        Assert.Null(counts);
        Assert.Equal($"{path}:1:1: error RG107: The PRISMA flow file has a header but no rows.", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_flow_file_past_the_row_limit_stops_with_one_error()
    {
        var rows = string.Concat(Enumerable.Range(0, FlowCsvReader.MaxRows + 500).Select(i => $"bogus{i},a,b,c,d,e,f,1\n"));

        var (counts, diagnostics, path) = Read(Header + rows);

        Assert.Null(counts);
        Assert.Equal($"{path}:{FlowCsvReader.MaxRows + 2}:1: error RG008: the file has more than {FlowCsvReader.MaxRows} rows", Assert.Single(diagnostics));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1000000001")]
    [InlineData("99999999999999999999999")]
    public void A_count_over_the_documented_bound_is_refused_at_its_cell(string count)
    {
        var (_, diagnostics, path) = Read(Header + $"database_results,node7,box2,Databases,Databases,NA,NA,{count}\n");

        Assert.Equal($"{path}:2:55: error RG102: database_results count '{count}' is too large: the largest count ReportGen takes is 1,000,000,000.", Assert.Single(diagnostics));
    }

    [Fact]
    public void Counts_whose_totals_pass_two_to_the_31_are_checked_without_overflow()
    {
        // Each count is within the bound; their sums are not within 32 bits.
        var (counts, diagnostics, _) = Read(Header
            + "database_results,node7,box2,d,t,NA,NA,1000000000\n"
            + "database_specific_results,NA,box2,d,t,NA,NA,\"A, 1000000000; B, 1000000000; C, 1000000000\"\n"
            + "website_results,node17,box11,d,t,NA,NA,1000000000\n"
            + "organisation_results,node18,box11,d,t,NA,NA,1000000000\n");
        Assert.Empty(diagnostics);
        var bag = new DiagnosticBag();

        FlowChecks.Run(counts!, bag, asWarnings: false);

        Assert.Equal(3_000_000_000L, FlowChecks.BoxCount(counts!, "database_specific_results"));
        Assert.Contains(bag.Items, d => d.Code == "RG110" && d.Message.Contains("= 3000000000, but database_results (line 2) is 1000000000"));
        Assert.Equal(3_000_000_000L, PrismaBoxes.Of(counts!).IdentifiedTotal);
    }

    [Fact]
    public void A_review_whose_flow_file_has_no_rows_fails_in_the_data_not_in_a_template()
    {
        using var data = ReviewCopy.OfData();
        data.Write("data/flow.csv", Header);

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Equal(["data/flow.csv:1:1: error RG107: The PRISMA flow file has a header but no rows."],
            diagnostics.Where(d => d.Contains(": error ")).Select(d => d.Split('\n')[0]));
    }

    [Fact]
    public void Flow_csv_in_the_data_folder_gets_the_quoting_checks_of_every_data_file()
    {
        using var data = ReviewCopy.OfData();
        data.Write("data/flow.csv", Header + "database_results,node7,box2,\"Databases,Databases,NA,NA,40\n");

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains(diagnostics, d => d.StartsWith("data/flow.csv:2:29: error RG005:", StringComparison.Ordinal));
    }
}
