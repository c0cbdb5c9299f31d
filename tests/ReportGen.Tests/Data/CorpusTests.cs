using ReportGen.Tests.Data;

namespace ReportGen.Tests.Data;

/// <summary>
/// The nasty inputs kept under TestFiles/Corpus, each named NAME.FILE.csv: FILE of the valid fixture is replaced with
/// it. Each either loads or gives exactly the errors listed, at their file, line and column.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Corpus");

    public static readonly TheoryData<string, string[]> Cases = new()
    {
        { "bom-crlf.values.csv", [] },
        { "mixed-line-endings.values.csv", [] },
        { "cr-only.values.csv", [] },
        { "header-only.abbreviations.csv", [] },
        { "hostile-cells.abbreviations.csv", [] },
        { "latin1.abbreviations.csv", ["data/abbreviations.csv:2:7: error RG003: the file is not valid UTF-8 text: byte 0xE9 here is not part of a UTF-8 character"] },
        { "nul.abbreviations.csv", ["data/abbreviations.csv:2:13: error RG004: the file contains a NUL character (code 0), which a CSV file must not have"] },
        { "utf16.abbreviations.csv", ["data/abbreviations.csv:1:1: error RG003: the file is saved as UTF-16 ('Unicode text'), not as UTF-8"] },
        { "empty.abbreviations.csv", ["data/abbreviations.csv: error RG013: the file is empty"] },
        { "unclosed-quote.abbreviations.csv", ["data/abbreviations.csv:2:5: error RG005: the quote (\") that opens this cell is never closed, so the cell runs to the end of the file"] },
        { "random-bytes.abbreviations.csv", ["data/abbreviations.csv:1:1: error RG003: the file is not valid UTF-8 text: byte 0x9C here is not part of a UTF-8 character"] },
        { "utf16-no-bom.abbreviations.csv", ["data/abbreviations.csv:1:1: error RG003: the file is saved as UTF-16 ('Unicode text', without a byte order mark), not as UTF-8"] },
        { "overlong-utf8.abbreviations.csv", ["data/abbreviations.csv:2:5: error RG003: the file is not valid UTF-8 text: byte 0xC0 here is not part of a UTF-8 character"] },
        { "zero-width-space.abbreviations.csv", [] },
        { "long-word.abbreviations.csv", [] },
        { "header-only.campaigns.csv", ["data/campaigns.csv:1:1: error RG082: the file names its columns but has no campaign rows"] },
        { "separators-only.campaigns.csv", ["data/campaigns.csv:2:11: error RG083: the required cell 'resources' holds only separators (';'), no value"] },
        { "header-only.flow.csv", ["data/flow.csv:1:1: error RG107: The PRISMA flow file has a header but no rows."] },
        { "huge-count.flow.csv", ["data/flow.csv:6:145: error RG102: database_results count '2147483648' is too large: the largest count ReportGen takes is 1,000,000,000."] },
        { "too-few-fields.flow.csv", ["data/flow.csv:6:125: error RG007: the row has 7 fields but the header has 8; field 8 is missing"] },
        { "unquoted-comma.flow.csv", ["data/flow.csv:6:145: error RG007: the row has 9 fields but the header has 8; field 9 is one too many"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_nasty_file_loads_or_gives_exactly_its_errors(string corpusFile, string[] errors)
    {
        using var data = ReviewCopy.OfData();
        data.WriteBytes("data/" + corpusFile.Split('.', 2)[1], File.ReadAllBytes(Path.Combine(Corpus, corpusFile)));

        var (review, diagnostics) = data.Load();

        Assert.Equal(errors, diagnostics.Where(d => d.Contains(": error ")).Select(d => d.Split('\n')[0]));
        Assert.Equal(errors.Length == 0, review is not null);
    }

    [Fact]
    public void Every_file_of_the_corpus_is_a_case()
    {
        Assert.Equal(Cases.Select(c => c.Data.Item1).Order(), Directory.GetFiles(Corpus).Select(Path.GetFileName).Order());
    }
}
