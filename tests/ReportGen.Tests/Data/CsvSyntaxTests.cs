using System.Text;
using ReportGen.Data;

namespace ReportGen.Tests.Data;

public class CsvSyntaxTests
{
    private const string SaveAsUtf8 = "Open the file in your spreadsheet program and save it as 'CSV UTF-8 (comma delimited)'.";
    private const string QuoteHint = "Add the missing closing quote (\") at the end of the cell. A quote inside a quoted cell is written twice (\"\").";

    [Fact]
    public void Load_WhenFileIsMissing_ReportsFileWithoutLine()
    {
        using var folder = ReviewCopy.OfData();
        folder.Delete("data/guidelines.csv");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            ["data/guidelines.csv: error RG001: the file is missing\n  hint: Create 'guidelines.csv' in the data folder; data/README.md lists its columns."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileIsEmpty_ReportsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/review.csv", "");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/review.csv: error RG013: the file is empty\n  hint: The first row must name the columns; data/README.md lists them."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenQuoteIsUnterminated_ReportsLineAndColumn()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "NZ,Kiwi Back", "NZ,\"Kiwi Back");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        Assert.Equal(
            [$"data/campaigns.csv:5:23: error RG005: the quote (\") that opens this cell is never closed, so the cell runs to the end of the file\n  hint: {QuoteHint}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenQuoteClosesOnALaterLine_ReportsWhereTheCellStarts()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "heart2012,Heart Foundation", "heart2012,\"Heart Foundation");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [$"data/resources.csv:3:11: error RG005: the quote (\") that opens this cell is not closed on its line; the cell runs on to line 4\n  hint: {QuoteHint}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenAnUnclosedQuoteSwallowsTheRestOfAFile_DoesNotReportReferencesToIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/codebook.csv", "education,,educational resources", "education,,\"educational resources");
        folder.Write("data/codebook.csv", folder.Read("data/codebook.csv") + new string('x', 200_000));

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [$"data/codebook.csv:2:12: error RG005: the quote (\") that opens this cell is never closed, so the cell runs to the end of the file\n  hint: {QuoteHint}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenTextFollowsAClosingQuote_ReportsWhereTheTextStarts()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/abbreviations.csv", "DK,Denmark", "DK,\"Den\"mark");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/abbreviations.csv:3:9: error RG006: there is text after the closing quote (\") of this cell\n" +
             "  hint: Inside a quoted cell, write a quote twice: \"the \"\"Back Pain\"\" campaign\"."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenAnUnquotedCellHoldsAQuote_WarnsAndKeepsIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/abbreviations.csv", "DK,Denmark", "DK,Den\"mark");

        var (review, diagnostics) = folder.Load();

        Assert.Equal("Den\"mark", review!.Abbreviations[1].Expansion);
        Assert.Equal(
            ["data/abbreviations.csv:3:7: warning RG006: a quote (\") inside a cell that does not start with a quote is kept as written\n" +
             "  hint: If the quote should open a quoted cell, remove the spaces before it; otherwise put the whole cell in quotes and write the quote twice (\"\")."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenRowHasAnExtraField_ReportsColumnOfTheExtraField()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "heart2012,Heart Foundation", "heart2012,Heart, Foundation");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/resources.csv:3:52: error RG007: the row has 8 fields but the header has 7; field 8 is one too many\n" +
             "  hint: A cell that contains a comma must be in double quotes (\"...\"); your spreadsheet program adds them when it saves as CSV."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenRowHasAMissingField_ReportsTheEndOfTheRow()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/resources.csv", "Campaign report,,,", "Campaign report,,");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/resources.csv:3:50: error RG007: the row has 6 fields but the header has 7; field 7 is missing\n" +
             "  hint: Every row needs a cell for each column, separated by commas; leave a cell empty rather than leaving it out."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenRowsAreEmpty_IgnoresThem()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/abbreviations.csv", "abbreviation,expansion\n\n,\nNZ,New Zealand\n , \nDK,Denmark\n\n");

        var (review, diagnostics) = folder.Load();

        Assert.Empty(diagnostics);
        Assert.Equal([4, 6], review!.Abbreviations.Select(a => a.Source.Line));
    }

    [Fact]
    public void Load_WhenFileIsNotUtf8_ReportsTheFirstBadByte()
    {
        using var folder = ReviewCopy.OfData();
        folder.WriteBytes("data/values.csv", Encoding.Latin1.GetBytes(folder.Read("data/values.csv").Replace("Denmark", "Dänemark")));

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [$"data/values.csv:3:13: error RG003: the file is not valid UTF-8 text: byte 0xE4 here is not part of a UTF-8 character\n  hint: {SaveAsUtf8}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFlowFileIsNotUtf8_ReportsTheFirstBadByte()
    {
        using var folder = ReviewCopy.OfData();
        var flow = folder.Read("data/flow.csv");
        folder.WriteBytes("data/flow.csv", Encoding.Latin1.GetBytes(flow.Replace("Duplicate records,Duplicate records", "Duplicate records,Doublons supprimés")));
        var line = flow[..flow.IndexOf("Duplicate records,Duplicate records", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith($"data/flow.csv:{line}:", diagnostic);
        Assert.Contains("error RG003: the file is not valid UTF-8 text: byte 0xE9 here is not part of a UTF-8 character", diagnostic);
    }

    [Fact]
    public void Load_WhenFileIsUtf16_SaysSo()
    {
        using var folder = ReviewCopy.OfData();
        folder.WriteBytes("data/abbreviations.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(folder.Read("data/abbreviations.csv"))]);

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            [$"data/abbreviations.csv:1:1: error RG003: the file is saved as UTF-16 ('Unicode text'), not as UTF-8\n  hint: {SaveAsUtf8}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileHoldsANulCharacter_ReportsWhere()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/abbreviations.csv", "New Zealand", "New\0Zealand");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/abbreviations.csv:2:7: error RG004: the file contains a NUL character (code 0), which a CSV file must not have\n" +
             $"  hint: The file was probably saved as 'Unicode text' (UTF-16). {SaveAsUtf8}"],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileStartsWithUtf8Bom_SkipsItAndCountsColumnsAfterIt()
    {
        using var folder = ReviewCopy.OfData();
        folder.WriteBytes("data/resources.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(folder.Read("data/resources.csv").Replace("id,authors", "idd,authors"))]);

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/resources.csv:1:1: error RG010: column 'idd' is unknown; did you mean 'id'? (the required column 'id' is missing)\n" +
             "  hint: Rename the column 'idd' to 'id' in the first row."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileHasBomAndCrLf_LoadsWithoutDiagnostics()
    {
        using var folder = ReviewCopy.OfData();
        folder.WriteBytes("data/campaigns.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(folder.Read("data/campaigns.csv").Replace("\n", "\r\n"))]);

        var (review, diagnostics) = folder.Load();

        Assert.Empty(diagnostics);
        Assert.Equal("Stay active,\r\ndo not scan", review!.Campaigns[0].Cells["key_message"].Text);
        Assert.Equal([2, 4, 5], review.Campaigns.Select(c => c.Source.Line));
    }

    [Fact]
    public void Load_WhenLineEndingsAreMixed_CountsEveryPhysicalLine()
    {
        using var folder = ReviewCopy.OfData();
        var lines = folder.Read("data/resources.csv").Replace(",2015,", ",2015x,").Split('\n');
        folder.Write("data/resources.csv", lines[0] + "\r\n" + lines[1] + "\r" + lines[2] + "\n" + lines[3] + "\n");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/resources.csv:4:19: error RG021: year '2015x' is not a whole number\n  hint: Write the year of publication as digits only, e.g. 2004."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenALineHoldsMultiByteCharacters_CountsColumnsInCharacters()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/campaigns.csv", "2011,acp2017", "2011,acp2071");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:2:102: error RG034: guideline 'acp2071' is not in guidelines.csv; did you mean 'acp2017'?\n" +
             "  hint: Use one of the guideline ids in guidelines.csv (acp2017, unknown), or add 'acp2071' to guidelines.csv."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileIsTooLarge_ReportsItWithoutReading()
    {
        using var folder = ReviewCopy.OfData();
        folder.Write("data/abbreviations.csv", "abbreviation,expansion\n" + new string('x', 1_600_000) + ",y\n");

        var (_, diagnostics) = folder.Load(DataLimits.Default with { MaxFileBytes = 1024 * 1024 });

        Assert.Equal(
            ["data/abbreviations.csv: error RG002: the file is 1.5 MB, more than the limit of 1 MB\n" +
             "  hint: Check that this is the right file; a review's data is usually well under 1 MB."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenFileHasTooManyRows_ReportsTheFirstRowOverTheLimit()
    {
        using var folder = ReviewCopy.OfData();

        var (_, diagnostics) = folder.Load(DataLimits.Default with { MaxRows = 2 });

        Assert.Equal(
            // campaigns.csv is not read when fields.csv, which declares its columns, could not be read whole.
            ["data/codebook.csv:4:1: error RG008: the file has more than 2 rows\n" +
             "  hint: Check that this is the right file; ReportGen reads at most this many rows.",
             "data/fields.csv:4:1: error RG008: the file has more than 2 rows\n" +
             "  hint: Check that this is the right file; ReportGen reads at most this many rows.",
             "data/resources.csv:4:1: error RG008: the file has more than 2 rows\n" +
             "  hint: Check that this is the right file; ReportGen reads at most this many rows.",
             "data/review.csv:4:1: error RG008: the file has more than 2 rows\n" +
             "  hint: Check that this is the right file; ReportGen reads at most this many rows.",
             "data/values.csv:4:1: error RG008: the file has more than 2 rows\n" +
             "  hint: Check that this is the right file; ReportGen reads at most this many rows."],
            diagnostics);
    }

    [Fact]
    public void Load_WhenACellIsTooLong_ReportsTheCell()
    {
        using var folder = ReviewCopy.OfData();
        var longMessage = new string('a', DataLimits.Default.MaxCellCharacters + 1);
        folder.Replace("data/campaigns.csv", "radio,,,,", $"radio,,,{longMessage},");

        var (_, diagnostics) = folder.Load();

        Assert.Equal(
            ["data/campaigns.csv:5:85: error RG009: the cell has 100001 characters, more than the limit of 100000\n" +
             "  hint: Shorten the cell. If it holds several rows of the file, a quote (\") that opens it is probably not closed."],
            diagnostics);
    }
}
