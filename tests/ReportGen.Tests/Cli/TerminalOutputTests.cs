using System.Text.RegularExpressions;
using ReportGen.DataGen;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Cli;

/// <summary>A synthetic review large enough that building it takes well over the second before progress shows.</summary>
public sealed class LargeReview : IDisposable
{
    public const int Campaigns = 200;

    public LargeReview()
    {
        Folder = Directory.CreateTempSubdirectory("reportgen-large-").FullName;
        Resources = SyntheticReview.Write(RepoPaths.Data, Path.Combine(Folder, "data"), Campaigns);
        ReviewCopy.CopyFolder(RepoPaths.Templates, Path.Combine(Folder, "templates"));
    }

    public string Folder { get; }

    public int Resources { get; }

    public string Summary => $"{Resources} resources, {Campaigns} campaigns: checked; nothing written.\n";

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// What an author sees on a terminal (a pseudo-terminal made by <c>script</c>) and what a log or a pipe gets:
/// colour and progress on the one, plain text exactly as before on the other.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class TerminalOutputTests(LargeReview large) : IClassFixture<LargeReview>
{
    private const string PlainError = """
        data/campaigns.csv:25:27: error RG035: country 'SE' is not in values.csv; did you mean 'SWE'?
          hint: Use one of the country ids in values.csv (CA, AUS, USA, UK, NLD, SWE), or add 'SE' to values.csv.
        1 error(s); nothing was written.

        """;

    private static readonly Dictionary<string, string?> Colour = new() { ["NO_COLOR"] = null };

    private static ReviewCopy BrokenReview()
    {
        var workspace = ReviewCopy.Shipped();
        workspace.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,");
        return workspace;
    }

    [Fact]
    public void On_a_terminal_the_place_is_bold_errors_red_and_hints_dim()
    {
        using var workspace = BrokenReview();

        var (exitCode, screen) = PseudoTerminal.Run(workspace.Root, Colour, "check", "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Contains("\u001b[1mdata/campaigns.csv:25:27:\u001b[0m", screen);
        Assert.Matches(@"\u001b\[(31|91|38;5;9|38;5;1)merror RG035:\u001b\[0m", screen);
        Assert.Matches(@"\u001b\[2m  hint: Use one of the country ids", screen);
        Assert.Equal(PlainError, Ansi().Replace(screen, ""));
    }

    [Fact]
    public void Under_NO_COLOR_a_terminal_gets_exactly_the_plain_text()
    {
        using var workspace = BrokenReview();

        var (exitCode, screen) = PseudoTerminal.Run(workspace.Root, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, "check", "--quiet");

        Assert.Equal((1, PlainError), (exitCode, screen));
    }

    [Fact]
    public void Redirected_stderr_gets_the_plain_text()
    {
        using var workspace = BrokenReview();

        Assert.Equal(new CliResult(1, "", PlainError), workspace.Run("check"));
    }

    [Fact]
    public void A_long_build_on_a_terminal_shows_its_steps_and_the_pages_of_each_pdf()
    {
        var (exitCode, screen) = PseudoTerminal.Run(large.Folder, Colour, "check");

        Assert.Equal(0, exitCode);
        var text = Ansi().Replace(screen, "");
        foreach (var step in new[] { "reading data", "templates", "prisma.svg", "prisma.pdf", "manuscript.md", "manuscript.tex", "table2.tex" })
            Assert.Matches($@"done {Regex.Escape(step)} \(\d+\.\d s\)", text);
        Assert.Matches(@"done manuscript\.pdf \(\d+ pages, \d+\.\d s\)", text);
        Assert.Matches(@"table2\.pdf \(\d+ pages", text);
        Assert.EndsWith(large.Summary, text);
    }

    [Fact]
    public void Quiet_turns_progress_off_on_a_terminal()
    {
        var (exitCode, screen) = PseudoTerminal.Run(large.Folder, Colour, "check", "--quiet");

        Assert.Equal((0, large.Summary), (exitCode, screen));
    }

    [Fact]
    public void A_long_build_whose_stderr_is_redirected_shows_no_progress()
    {
        var result = CliProcess.Run(large.Folder, Path.GetTempPath(), "check");

        Assert.Equal(new CliResult(0, large.Summary, ""), result);
    }

    /// <summary>Colour, cursor and erase sequences, and the carriage returns a live display redraws with.</summary>
    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]|\r")]
    private static partial Regex Ansi();
}
