using System.Text;
using ReportGen.Data;
using ReportGen.Tests.Data;

namespace ReportGen.Tests.Data;

/// <summary>
/// The limits of data/README.md: a file over 50 MB is refused unread, the 200,001st row stops the file, and a cell
/// over 100,000 characters is reported; each with a clear error at the file (and line and column where there is one).
/// </summary>
public sealed class DataLimitTests : IDisposable
{
    private readonly ReviewCopy _data = ReviewCopy.OfData();

    public void Dispose() => _data.Dispose();

    private void WriteAbbreviations(int rows, Func<int, string>? expansion = null)
    {
        var text = new StringBuilder("abbreviation,expansion\n");
        for (var i = 0; i < rows; i++) text.Append('A').Append(i).Append(',').Append(expansion?.Invoke(i) ?? "Expansion").Append('\n');
        _data.Write("data/abbreviations.csv", text.ToString());
    }

    private string[] Errors(DataLimits? limits = null) =>
        [.. _data.Load(limits).Diagnostics.Where(d => d.Contains(": error ")).Select(d => d.Split('\n')[0])];

    [Fact]
    public void The_default_limits_are_those_of_the_data_readme()
    {
        Assert.Equal(new DataLimits(50L * 1024 * 1024, 200_000, 100_000), DataLimits.Default);
    }

    [Fact]
    public void A_file_over_50_MB_is_refused_without_being_read()
    {
        // A sparse file: its length is over the limit, its bytes (NULs) are never read, which would be an error of its own.
        using (var file = File.Create(Path.Combine(_data.Data, "resources.csv"))) file.SetLength(50L * 1024 * 1024 + 1);

        Assert.Equal(["data/resources.csv: error RG002: the file is 50 MB, more than the limit of 50 MB"], Errors());
    }

    /// <summary>Regression: flow.csv has a reader of its own, which read a file of any size.</summary>
    [Fact]
    public void The_flow_file_has_the_same_size_limit()
    {
        Assert.Equal(["data/flow.csv: error RG002: the file is 0 MB, more than the limit of 0 MB"],
            Errors(DataLimits.Default with { MaxFileBytes = 100 }).Where(e => e.StartsWith("data/flow.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hundred_thousand_rows_load()
    {
        WriteAbbreviations(100_000);

        var (review, diagnostics) = _data.Load();

        Assert.DoesNotContain(diagnostics, d => d.Contains(": error "));
        Assert.Equal(100_000, review!.Abbreviations.Count);
    }

    [Fact]
    public void The_200001st_row_stops_the_file()
    {
        WriteAbbreviations(200_001);

        Assert.Equal(["data/abbreviations.csv:200002:1: error RG008: the file has more than 200000 rows"], Errors());
    }

    [Fact]
    public void A_smaller_row_limit_stops_at_its_own_row()
    {
        WriteAbbreviations(4);

        Assert.Contains("data/abbreviations.csv:5:1: error RG008: the file has more than 3 rows", Errors(DataLimits.Default with { MaxRows = 3 }));
    }

    [Fact]
    public void A_cell_of_100000_characters_loads_and_one_more_is_an_error_at_the_cell()
    {
        WriteAbbreviations(2, i => new string('x', 100_000 + i));

        Assert.Equal(["data/abbreviations.csv:3:4: error RG009: the cell has 100001 characters, more than the limit of 100000"], Errors());
    }

    [Fact]
    public void A_quote_left_open_over_many_rows_is_one_error_at_the_quote()
    {
        WriteAbbreviations(300, i => i == 1 ? "\"never closed" : "Expansion");

        Assert.Equal(
            ["data/abbreviations.csv:3:4: error RG005: the quote (\") that opens this cell is never closed, so the cell runs to the end of the file"],
            Errors(DataLimits.Default with { MaxCellCharacters = 1000 }));
    }
}
