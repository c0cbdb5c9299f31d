using System.Text;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Each kind of mistake a researcher can make in the data or the templates, made in a copy of the shipped review:
/// the build names the file, line and column, says what is wrong and how to fix it, exits with 1, prints no stack
/// trace, and leaves the previous output exactly as it was. The lines and columns were checked against the files.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class MalformedInputTests(ShippedOutput shipped)
{
    private const string QuoteHint =
        """  hint: Add the missing closing quote (") at the end of the cell. A quote inside a quoted cell is written twice ("").""";

    /// <summary>Kind of mistake → how to make it in the workspace, and the whole of what stderr must then say.</summary>
    private static readonly Dictionary<string, (Action<ReviewCopy> Break, string Stderr)> Errors = new()
    {
        ["unterminated quote"] = (
            w => w.Replace("data/campaigns.csv", ",Workshop; surveys", ",\"Workshop; surveys"),
            $"""
            data/campaigns.csv:25:187: error RG005: the quote (") that opens this cell is never closed, so the cell runs to the end of the file
            {QuoteHint}
            """),
        ["too many fields"] = (
            w => w.Replace("data/resources.csv", "buchbinder2007,article,\"Buchbinder, R.; Jolley, D.\"", "buchbinder2007,article,Buchbinder, R.; Jolley, D."),
            """
            data/resources.csv:5:232: error RG007: the row has 16 fields but the header has 14; fields 15 to 16 are too many
              hint: A cell that contains a comma must be in double quotes ("..."); your spreadsheet program adds them when it saves as CSV.
            """),
        ["too few fields"] = (
            w => w.Replace("data/values.csv", "country,SWE,Sweden,SWE\n", "country,SWE\n"),
            """
            data/values.csv:7:12: error RG007: the row has 2 fields but the header has 4; field 3 is missing
              hint: Every row needs a cell for each column, separated by commas; leave a cell empty rather than leaving it out.
            """),
        ["not UTF-8 (Latin-1 bytes)"] = (
            w => w.ReplaceBytes("data/campaigns.csv", Encoding.UTF8.GetBytes("Östergötland"), Encoding.Latin1.GetBytes("Östergötland")),
            """
            data/campaigns.csv:25:57: error RG003: the file is not valid UTF-8 text: byte 0xD6 here is not part of a UTF-8 character
              hint: Open the file in your spreadsheet program and save it as 'CSV UTF-8 (comma delimited)'.
            """),
        ["missing column"] = (
            w => w.Edit("data/guidelines.csv", text => string.Join('\n', text.Split('\n').Select(DropLastField))),
            """
            data/guidelines.csv:1:1: error RG010: the required column 'identified' is missing (the first row names 'id', 'name', 'abbreviation', 'table_label')
              hint: Add a column named 'identified' to the first row; data/README.md says what it holds.
            """),
        ["misspelt column"] = (
            w => w.Replace("data/campaigns.csv", "population,duration_type,", "population,duraton_type,"),
            """
            data/campaigns.csv:1:46: error RG010: column 'duraton_type' is unknown; did you mean 'duration_type'? (the required column 'duration_type' is missing)
              hint: Rename the column 'duraton_type' to 'duration_type' in the first row.
            """),
        ["year that is not a number"] = (
            w => w.Replace("data/resources.csv", ",2007,Improvements", ",two thousand seven,Improvements"),
            """
            data/resources.csv:5:53: error RG021: year 'two thousand seven' is not a whole number
              hint: Write the year of publication as digits only, e.g. 2004.
            """),
        ["empty required cell"] = (
            w => w.Replace("data/campaigns.csv", "cheng2017,cheng2017,CA,", "cheng2017,cheng2017,,"),
            """
            data/campaigns.csv:3:21: error RG020: the required cell 'country' is empty
              hint: Fill in 'country'; every row of campaigns.csv needs one (data/README.md says what it holds).
            """),
        ["duplicate id"] = (
            w => w.Edit("data/resources.csv", text => text + text.Split('\n')[2] + "\n"),
            """
            data/resources.csv:28:1: error RG030: resource 'cheng2017' is defined twice (first on line 3)
              hint: Give each resource its own id, or merge the two rows.
            """),
        ["unknown resource"] = (
            w => w.Replace("data/campaigns.csv", "cheng2017,cheng2017,CA,", "cheng2017,chen2017,CA,"),
            """
            data/campaigns.csv:3:11: error RG031: resource 'chen2017' is not in resources.csv; did you mean 'cheng2017'?
              hint: Use one of the resource ids in resources.csv, or add 'chen2017' to resources.csv.
            data/resources.csv:3:1: warning RG040: resource 'cheng2017' is not named by any campaign
              hint: Add its id to the 'resources' cell of the campaign it describes in campaigns.csv, or delete this row.
            """),
        ["unknown strategy code"] = (
            w => w.Replace("data/campaigns.csv", ",danish; dutch_chain_care,pamphlets; workshops,", ",danish; dutch_chain_care,pamphlets; workshop,"),
            """
            data/campaigns.csv:25:249: error RG032: code 'workshop' is not in codebook.csv; did you mean 'workshops'?
              hint: Use one of the code ids in codebook.csv, or add 'workshop' to codebook.csv.
            """),
        ["unknown guideline"] = (
            w => w.Replace("data/campaigns.csv", ",danish; dutch_chain_care,pamphlets", ",danish; dutch_chain_cares,pamphlets"),
            """
            data/campaigns.csv:25:224: error RG034: guideline 'dutch_chain_cares' is not in guidelines.csv; did you mean 'dutch_chain_care'?
              hint: Use one of the guideline ids in guidelines.csv, or add 'dutch_chain_cares' to guidelines.csv.
            """),
        ["unknown guideline after a cell with a line break"] = (
            // The line is the physical line of the file, so the row's later cells are on the next one.
            w => w.Replace("data/campaigns.csv", ",Workshop; surveys at 3 and 12 months,danish; dutch_chain_care,",
                ",\"Workshop;\nsurveys at 3 and 12 months\",danish; dutch_chain_cares,"),
            """
            data/campaigns.csv:26:29: error RG034: guideline 'dutch_chain_cares' is not in guidelines.csv; did you mean 'dutch_chain_care'?
              hint: Use one of the guideline ids in guidelines.csv, or add 'dutch_chain_cares' to guidelines.csv.
            """),
        ["unknown country"] = (
            w => w.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,"),
            """
            data/campaigns.csv:25:27: error RG035: country 'SE' is not in values.csv; did you mean 'SWE'?
              hint: Use one of the country ids in values.csv (CA, AUS, USA, UK, NLD, SWE), or add 'SE' to values.csv.
            """),
        ["template syntax error in a document"] = (
            w => w.Replace("templates/documents/abbreviations.sbn", "{{ table_abbreviations }}", "{{ table_abbreviations }"),
            """
            templates/documents/abbreviations.sbn:1:39: error RG201: Invalid token found `}`. Expecting <EOL>/end of line.
              hint: Check that every '{{' has a matching '}}' and every 'for'/'if' has an 'end'.
            templates/documents/abbreviations.sbn:1:39: error RG201: Unexpected } while no matching {
              hint: Check that every '{{' has a matching '}}' and every 'for'/'if' has an 'end'.
            """),
        ["template syntax error in a partial"] = (
            w => w.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", "{{ review.pilot_papers }"),
            """
            templates/partials/methods.sbn:3:297: error RG201: Invalid token found `}`. Expecting <EOL>/end of line.
              hint: Check that every '{{' has a matching '}}' and every 'for'/'if' has an 'end'.
            """),
        ["unknown template variable"] = (
            w => w.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", "{{ pilot_papers }}"),
            """
            templates/partials/methods.sbn:3:277: error RG202: The variable or function `pilot_papers` was not found
              hint: Check the spelling against the variables and functions listed in templates/README.md.
            """),
        ["misspelt template member"] = (
            w => w.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", "{{ review.pilot_paper }}"),
            """
            templates/partials/methods.sbn:3:284: error RG202: review.csv has no row with the key 'pilot_paper'; add a row 'pilot_paper,<value>' to review.csv, or take 'review.pilot_paper' out of the template.
            """),
        ["misspelt member of a campaign"] = (
            w => w.Replace("templates/partials/table2-rows.sbn", "{{ table_row c }}", "{{ c.key_mesage }}"),
            """
            templates/partials/table2-rows.sbn:2:6: error RG202: Cannot get member with name key_mesage.
              hint: Check the spelling against the variables and functions listed in templates/README.md.
            """),
        ["misspelt count in the PRISMA template"] = (
            w => w.Replace("templates/prisma.sbn", "{{ count n.database_results }}", "{{ count n.database_result }}"),
            """
            templates/prisma.sbn:39:22: error RG202: Cannot get member with name database_result.
              hint: Use only the variables the template's header comment lists (n.<data name>, items.<data name>, total, has_other, has_previous).
            """),
    };

    /// <summary>Mistakes that are only warned about: the build succeeds and says what it noticed.</summary>
    private static readonly Dictionary<string, (Action<ReviewCopy> Break, string Stderr)> Warnings = new()
    {
        ["glossary entry no cell uses"] = (
            w => w.Replace("data/abbreviations.csv", "USA,United States of America\n", "USA,United States of America\nXYZ,Xylophone Zone\n"),
            """
            data/abbreviations.csv:25:1: warning RG211: the abbreviation 'XYZ' is never used in a table or spelt out in the text.
              hint: Remove the row, or use the abbreviation where the table needs it, or in the text with abbr.
            """),
        ["abbreviation a table uses but the glossary lacks"] = (
            w => w.Replace("data/abbreviations.csv", "USA,United States of America\n", ""),
            """
            data/values.csv:4:1: warning RG210: 'USA' appears in a table (value 'USA' of field 'country') but is not in abbreviations.csv, so the list under the table cannot explain it.
              hint: Add a row 'USA,<what it stands for>' to abbreviations.csv, or spell it out in the cell.
            """),
        ["misspelt optional column"] = (
            // The key messages are then ignored, and with them the only use of APS in Table 2.
            w => w.Replace("data/campaigns.csv", ",key_message,", ",key_mesage,"),
            """
            data/abbreviations.csv:4:1: warning RG211: the abbreviation 'APS' is never used in a table or spelt out in the text.
              hint: Remove the row, or use the abbreviation where the table needs it, or in the text with abbr.
            data/campaigns.csv:1:116: warning RG011: column 'key_mesage' is unknown and is ignored; did you mean 'key_message'?
              hint: Rename it to 'key_message' if that is what it holds; otherwise delete it.
            """),
    };

    public static TheoryData<string> ErrorKinds => [.. Errors.Keys];

    public static TheoryData<string> WarningKinds => [.. Warnings.Keys];

    [Theory]
    [MemberData(nameof(ErrorKinds))]
    public void Build_WithMalformedInput_ReportsWhereAndKeepsThePreviousOutput(string kind)
    {
        var (breakInput, diagnostics) = Errors[kind];
        using var workspace = ReviewCopy.Shipped();
        shipped.CopyTo(workspace.PathOf("out"));
        breakInput(workspace);

        var result = workspace.Run("build");

        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        var errors = diagnostics.Split('\n').Count(line => line.Contains(": error RG", StringComparison.Ordinal));
        Assert.Equal(new CliResult(1, "", $"{diagnostics}\n{errors} error(s); nothing was written.\n"), result);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
        Assert.Equal(["data", "out", "templates"], workspace.Entries());
    }

    [Theory]
    [MemberData(nameof(WarningKinds))]
    public void Build_WithWarningsOnly_SucceedsAndPrintsThem(string kind)
    {
        var (breakInput, diagnostics) = Warnings[kind];
        using var workspace = ReviewCopy.Shipped();
        breakInput(workspace);

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 18 files to out/ (18 changed)\n", diagnostics + "\n"), result);
        // The eighteen outputs (claims.json among them) and the marker that says ReportGen wrote the folder.
        Assert.Equal(19, Directory.GetFiles(workspace.PathOf("out")).Length);
    }

    [Fact]
    public void Build_WithErrorsInTwoFiles_ReportsBothInOneRun()
    {
        using var workspace = ReviewCopy.Shipped();
        Errors["unknown country"].Break(workspace);
        Errors["year that is not a number"].Break(workspace);

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(1, "", $"""
            {Errors["unknown country"].Stderr}
            {Errors["year that is not a number"].Stderr}
            2 error(s); nothing was written.

            """), result);
        Assert.Equal(["data", "templates"], workspace.Entries());
    }

    /// <summary>Removes a row's last cell; only for rows whose last cell holds no comma.</summary>
    private static string DropLastField(string line) => line.Length == 0 ? line : line[..line.LastIndexOf(',')];
}
