using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Prisma;

public class FlowCsvReaderTests
{
    private const string Header = "data,node,box,description,boxtext,tooltips,url,n\n";

    private static (FlowCounts? Counts, DiagnosticBag Bag, string Path) Read(string csv)
    {
        var path = PrismaFiles.Temp(csv);
        var bag = new DiagnosticBag();
        return (FlowCsvReader.Read(path, bag), bag, path);
    }

    [Fact]
    public void Read_PackageTemplate_LoadsAsItIs()
    {
        var bag = new DiagnosticBag();
        var counts = FlowCsvReader.Read(PrismaFiles.TestFile("PRISMA.csv"), bag);

        Assert.NotNull(counts);
        Assert.Empty(bag.Items);
        Assert.Equal(FlowData.Known.Count, counts.Rows.Count);
        Assert.Equal(0, counts.Count("database_results"));
        Assert.Equal(["Database 1", "Database 2", "Database 3"], counts.Breakdown("database_specific_results").Select(i => i.Name));
        Assert.All(counts.Breakdown("dbr_excluded"), i => Assert.Null(i.Count));
        Assert.Equal(6, counts.Row("database_results")!.Line);
    }

    [Fact]
    public void Read_ReviewFlow_KeepsNotReportedAsNull()
    {
        var bag = new DiagnosticBag();
        var counts = FlowCsvReader.Read(PrismaFiles.TestFile("review-flow.csv"), bag)!;

        Assert.Empty(bag.Items);
        Assert.Equal(1013, counts.Count("database_results"));
        Assert.Equal(74, counts.Count("website_results"));
        Assert.Equal(6, counts.Count("citations_results"));
        Assert.Equal(26, counts.Count("new_studies"));
        Assert.Equal(26, counts.Count("total_studies"));
        Assert.Null(counts.Count("register_results"));
        Assert.Null(counts.Count("duplicates"));
        Assert.False(counts.IsReported("database_specific_results"));
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("")]
    [InlineData("xxx")]
    [InlineData(" n/a ")]
    public void Read_NotReportedMarkers_GiveNull(string cell)
    {
        var (counts, bag, _) = Read(Header + $"duplicates,node8,box3,Duplicates,Duplicates,NA,NA,{cell}\n");
        Assert.Empty(bag.Items);
        Assert.Null(counts!.Count("duplicates"));
    }

    [Fact]
    public void Read_MalformedCounts_ReportLineAndColumnOfTheCell()
    {
        var (counts, bag, path) = Read(Header
            + "database_results,node7,box2,Databases,Databases,NA,NA,-5\n"
            + "duplicates,node8,box3,Duplicates,Duplicates,NA,NA,12.5\n"
            + "records_screened,node9,box4,Screened,Screened,NA,NA,many\n"
            + "dbr_excluded,node14,box9,\"Excluded: a, b\",Excluded,NA,NA,\"Reason1, 3; Reason2, x2\"\n");

        Assert.Equal(
        [
            $"{path}:2:55: error RG103: database_results count -5 is negative.",
            $"{path}:3:51: error RG102: duplicates count 12.5 is not a whole number.",
            $"{path}:4:53: error RG102: records_screened count 'many' is not a number.",
            $"{path}:5:80: error RG102: dbr_excluded (Reason2) count 'x2' is not a number.",
        ], bag.Sorted().Select(d => (d with { Hint = null }).ToString()));
        Assert.Null(counts!.Count("database_results"));
        Assert.Equal([new FlowItem("Reason1", 3), new FlowItem("Reason2", null)], counts.Breakdown("dbr_excluded"));
    }

    [Fact]
    public void Read_ListWithLeadingTotal_KeepsTotalAsCount()
    {
        var (counts, bag, _) = Read(Header + "dbr_excluded,n,box9,d,t,NA,NA,\"12; Wrong population, 5; Wrong design, 7\"\n");
        Assert.Empty(bag.Items);
        Assert.Equal(12, counts!.Count("dbr_excluded"));
        Assert.Equal([new FlowItem("Wrong population", 5), new FlowItem("Wrong design", 7)], counts.Breakdown("dbr_excluded"));
    }

    [Fact]
    public void Read_ListItemWithoutCount_ReportsRG104()
    {
        var (_, bag, path) = Read(Header + "database_specific_results,NA,box2,d,t,NA,NA,\"MEDLINE, 3; Embase\"\n");
        var d = Assert.Single(bag.Items);
        Assert.Equal($"{path}:2:58: error RG104: 'Embase' in database_specific_results is not a \"Name, n\" item.", (d with { Hint = null }).ToString());
    }

    [Fact]
    public void Read_QuotedCellSpanningLines_PlacesLaterCellsOnTheirOwnLine()
    {
        var (counts, bag, path) = Read(Header + "records_screened,node9,box4,\"two\nlines\",t,NA,NA,-1\n");
        Assert.Equal($"{path}:3:16: error RG103: records_screened count -1 is negative.", (Assert.Single(bag.Items) with { Hint = null }).ToString());
        Assert.Equal(3, counts!.Row("records_screened")!.Line);
    }

    [Fact]
    public void Read_MissingFile_ReportsRG100()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FlowCsvReader.Read("/nonexistent/flow.csv", bag));
        Assert.Equal("RG100", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Read_WithoutCountColumn_ReportsRG101()
    {
        var (counts, bag, path) = Read("data,node,box\nduplicates,node8,box3\n");
        Assert.Null(counts);
        Assert.Equal($"{path}:1:1: error RG101: The PRISMA flow file has no 'n' column.", (Assert.Single(bag.Items) with { Hint = null }).ToString());
    }

    [Fact]
    public void Read_DuplicatedRow_ReportsRG105AndKeepsTheFirst()
    {
        var (counts, bag, path) = Read(Header + "duplicates,a,b,c,d,e,f,3\nduplicates,a,b,c,d,e,f,4\n");
        Assert.Equal($"{path}:3:1: error RG105: duplicates is given twice (first on line 2).", (Assert.Single(bag.Items) with { Hint = null }).ToString());
        Assert.Equal(3, counts!.Count("duplicates"));
    }

    [Fact]
    public void Read_UnknownDataName_WarnsRG106()
    {
        var (_, bag, path) = Read(Header + "duplicate,a,b,c,d,e,f,3\n");
        Assert.Equal($"{path}:2:1: warning RG106: 'duplicate' is not a PRISMA2020 data name; the row is ignored.",
            (Assert.Single(bag.Items) with { Hint = null }).ToString());
    }

    [Fact]
    public void Read_HeaderWithoutRows_ReportsRG107()
    {
        var (counts, bag, path) = Read(Header);
        Assert.Null(counts);
        Assert.Equal($"{path}:1:1: error RG107: The PRISMA flow file has a header but no rows.", (Assert.Single(bag.Items) with { Hint = null }).ToString());
    }

    [Fact]
    public void Read_QuoteTextAfterClosingQuote_ReportsRG006AtTheRow()
    {
        var (_, bag, path) = Read(Header + "duplicates,a,b,\"c\"x,d,e,f,3\n");
        var diagnostic = Assert.Single(bag.Items, d => d.Code == "RG006");
        Assert.Equal((path, 2, Severity.Error), (diagnostic.File, diagnostic.Line, diagnostic.Severity));
    }
}
