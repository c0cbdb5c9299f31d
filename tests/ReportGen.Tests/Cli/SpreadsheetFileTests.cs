using System.Text;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Spreadsheet programs save "CSV UTF-8" with a byte order mark and, on Windows, CRLF line ends. Such files are
/// the same data: they build the same bytes, and a mistake in them is reported at the same line and column.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class SpreadsheetFileTests(ShippedOutput shipped)
{
    [Fact]
    public void Build_OfFilesWithByteOrderMarkAndCrlf_WritesTheSameOutput()
    {
        using var workspace = ReviewCopy.Shipped();
        SaveAsSpreadsheet(workspace);

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(0, "26 resources, 24 campaigns: wrote 17 files to out/ (17 changed)\n", ""), result);
        Assert.Equal(shipped.Hashes, FolderHashes.Of(workspace.PathOf("out")));
    }

    [Fact]
    public void Build_OfFilesWithByteOrderMarkAndCrlf_ReportsTheSameLineAndColumn()
    {
        using var workspace = ReviewCopy.Shipped();
        workspace.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,");
        SaveAsSpreadsheet(workspace);

        var result = workspace.Run("build");

        Assert.Equal(new CliResult(1, "", """
            data/campaigns.csv:25:27: error RG035: country 'SE' is not in values.csv; did you mean 'SWE'?
              hint: Use one of the country ids in values.csv (CA, AUS, USA, UK, NLD, SWE), or add 'SE' to values.csv.
            1 error(s); nothing was written.

            """), result);
    }

    private static void SaveAsSpreadsheet(ReviewCopy workspace)
    {
        foreach (var file in Directory.GetFiles(workspace.PathOf("data"), "*.csv"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain('\r', text);
            File.WriteAllText(file, text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(true));
        }
    }
}
