using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;
using ReportGen.Verification;

namespace ReportGen.Tests.Verification;

/// <summary>
/// The test bed of <c>reportgen verify</c>: the shipped review's own manuscript verifies clean in every format; the
/// edits a co-author makes are each found at their place and nothing else is; and the review's published text is
/// found to disagree with itself where data/README.md says it does.
/// </summary>
public sealed class VerifyTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportgen-verify-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>An edit a co-author might make: text found and replaced (LaTeX writes some of it its own way) and the finding it must give.</summary>
    public sealed record Plant(string Name, string Code, string Find, string Replace, string? TexFind = null, string? TexReplace = null);

    public static readonly Plant[] Plants =
    [
        new("a count changed in one place", VerifyCodes.DiffersFromData, "Canada (n = 3)", "Canada (n = 4)", "Canada (n~=~3)", "Canada (n~=~4)"),
        new("a stale percentage", VerifyCodes.DiffersFromData, "campaigns (62.5%) (Ammendolia", "campaigns (58.3%) (Ammendolia",
            @"campaigns (62.5\%) (Ammendolia", @"campaigns (58.3\%) (Ammendolia"),
        new("a PRISMA box that no longer adds up", VerifyCodes.FlowRule, "search identified 1013 resources", "search identified 1031 resources"),
        new("a citation to a missing author", VerifyCodes.UnknownCitation, "disincentives for inappropriate imaging.",
            "disincentives for inappropriate imaging (Smith et al., 2019)."),
        new("a category n that no longer sums", VerifyCodes.CategorySum, "2024.", "2024. Of the 24 campaigns, 14 were national and 9 were regional."),
        new("a hand-written percentage of the wrong count", VerifyCodes.PercentArithmetic, "web search were screened.",
            "web search were screened. Of these, 5 of the 24 campaigns (25%) were evaluated.", null,
            @"web search were screened. Of these, 5 of the 24 campaigns (25\%) were evaluated."),
        new("a count in words changed", VerifyCodes.DiffersFromData, "Eleven campaigns were", "Twelve campaigns were"),
    ];

    private static IReadOnlyList<Diagnostic> Verify(string path)
    {
        var diagnostics = new DiagnosticBag();
        var findings = ManuscriptCheck.Run(path, RepoPaths.Data, RepoPaths.Templates, diagnostics);
        Assert.Equal(findings.Count, diagnostics.ErrorCount);
        return findings;
    }

    private string Shipped(string extension)
    {
        var path = Path.Combine(_folder.FullName, "manuscript" + extension);
        File.WriteAllBytes(path, BuiltReview.Shipped.Files["manuscript" + extension]);
        return path;
    }

    [Theory]
    [InlineData(".md")]
    [InlineData(".tex")]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    public void The_unedited_manuscript_gives_no_findings(string extension)
    {
        var findings = Verify(Shipped(extension));
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData(".md")]
    [InlineData(".tex")]
    [InlineData(".docx")]
    public void Every_planted_edit_is_found_at_its_place_and_nothing_else(string extension)
    {
        var path = Shipped(extension);
        var places = extension == ".docx" ? PlantInDocx(path) : PlantInText(path, extension == ".tex");
        var findings = Verify(path).ToList();

        var unmatched = new List<Diagnostic>(findings);
        var found = new List<string>();
        var missed = new List<string>();
        foreach (var (plant, place) in Plants.Zip(places))
        {
            var match = unmatched.FirstOrDefault(f => f.Code == plant.Code && place(f));
            if (match is null)
            {
                missed.Add(plant.Name);
                continue;
            }
            unmatched.Remove(match);
            found.Add(plant.Name);
            output.WriteLine($"found {plant.Name}: {match}");
        }
        var recall = (double)found.Count / Plants.Length;
        output.WriteLine($"{extension}: recall {found.Count}/{Plants.Length} = {recall:P0}; false alarms {unmatched.Count}");
        foreach (var alarm in unmatched) output.WriteLine($"false alarm: {alarm}");
        Assert.True(missed.Count == 0, "missed: " + string.Join("; ", missed) + "\nfindings:\n" + string.Join("\n", findings));
        Assert.True(unmatched.Count == 0, "false alarms:\n" + string.Join("\n", unmatched));
    }

    [Fact]
    public void The_published_review_text_is_found_to_disagree_with_itself_where_the_data_readme_says()
    {
        var findings = Verify(RepoPaths.ReviewText);
        foreach (var finding in findings) output.WriteLine(finding.ToString());

        // 1. "46%" for 11 of 24 beside one-decimal percentages, twice.
        var precision = findings.Where(f => f.Code == VerifyCodes.PercentPrecision).ToList();
        Assert.Equal(2, precision.Count);
        Assert.All(precision, f => Assert.Contains("46% gives 11 of 24 to the whole percent", f.Message, StringComparison.Ordinal));
        // 2. Australia's n = 7 cites Jenkins, French, et al. 2022 twice and six works in all: the countries' counts and their citations disagree.
        var australia = Assert.Single(findings, f => f.Code == VerifyCodes.CitedFewerThanCounted);
        Assert.Contains("Australia (n = 7)\" cites 6 distinct works, Jenkins, 2022 twice", australia.Message, StringComparison.Ordinal);
        // 3. 26 resources but the text cites fewer: the IMPLEMENT protocol is cited nowhere.
        Assert.Contains(findings, f => f.Code == VerifyCodes.UncitedResource && f.Message.Contains("'mckenzie2008'", StringComparison.Ordinal));
        // Its sentences that ReportGen also writes agree with the data otherwise.
        Assert.DoesNotContain(findings, f => f.Code is VerifyCodes.DiffersFromData or VerifyCodes.PercentArithmetic or VerifyCodes.CategorySum);
    }

    [Theory]
    [InlineData("manuscript.doc", "not '.doc' files")]
    [InlineData("missing.docx", "does not exist")]
    public void A_manuscript_that_cannot_be_read_is_RG600(string name, string message)
    {
        var path = Path.Combine(_folder.FullName, name);
        if (name.EndsWith(".doc", StringComparison.Ordinal)) File.WriteAllText(path, "text");
        var diagnostics = new DiagnosticBag();
        ManuscriptCheck.Run(path, RepoPaths.Data, RepoPaths.Templates, diagnostics);
        var error = Assert.Single(diagnostics.Items, d => d.Code != ReportGen.Data.DataCodes.IncompleteReference);
        Assert.Equal(VerifyCodes.Unreadable, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_docx_is_RG600_not_a_crash()
    {
        var path = Path.Combine(_folder.FullName, "damaged.docx");
        File.WriteAllBytes(path, BuiltReview.Shipped.Files["manuscript.pdf"]);
        var diagnostics = new DiagnosticBag();
        ManuscriptCheck.Run(path, RepoPaths.Data, RepoPaths.Templates, diagnostics);
        Assert.Equal(VerifyCodes.Unreadable, Assert.Single(diagnostics.Items, d => d.Code != ReportGen.Data.DataCodes.IncompleteReference).Code);
    }

    [Fact]
    public void A_count_of_the_figure_drawn_in_a_pdf_that_differs_from_the_data_is_RG609_at_its_page_and_line()
    {
        // A PDF built from an older data set: the database search gave 1031, so Figure 1 says 1031 and a total of 1105.
        using var older = ReviewCopy.OfData(RepoPaths.Data);
        older.Write("data/flow.csv", string.Join("\n", older.Read("data/flow.csv").Split('\n').Select(line =>
            line.StartsWith("database_results,", StringComparison.Ordinal) ? line[..line.LastIndexOf(',')] + ",1031" : line)));
        var build = BuiltReview.Build(older.Data, RepoPaths.Templates);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var path = Path.Combine(_folder.FullName, "manuscript.pdf");
        File.WriteAllBytes(path, build.Files["manuscript.pdf"]);

        var figure = Verify(path).Where(f => f.Code == VerifyCodes.FigureDiffersFromData).ToList();
        foreach (var finding in figure) output.WriteLine(finding.ToString());
        Assert.Equal(2, figure.Count);
        using var stream = File.OpenRead(path);
        var pages = PdfPlain.Read(path, stream).Pages!;
        (string Drawn, string Data)[] expected = [("1105", "1087: flow.csv rows 6, 11"), ("1031", "1013: flow.csv row 6 (flow database_results)")];
        foreach (var (finding, (drawn, data)) in figure.Zip(expected))
        {
            Assert.Contains($" (n = {drawn})\" — the data gives {data}", finding.Message, StringComparison.Ordinal);
            var place = Regex.Match(finding.Place!, @"^page (\d+), line (\d+)$");
            Assert.True(place.Success, finding.Place);
            var line = pages[int.Parse(place.Groups[1].Value) - 1].Lines[int.Parse(place.Groups[2].Value) - 1];
            Assert.Contains(line, w => w.Text.Contains(drawn, StringComparison.Ordinal));
            Assert.Contains(line, w => w.Text == "(n");
        }
    }

    [Fact]
    public void A_pdf_table_is_read_row_by_row_and_cell_by_cell_so_a_wrapped_citation_stays_whole()
    {
        using var pdf = new MemoryStream(BuiltReview.Shipped.Files["manuscript.pdf"]);
        var text = Regex.Replace(PdfPlain.Read("manuscript.pdf", pdf).Text, @"\s+", " ");
        // Table 2's first cell of the row wraps "French et al. (2013); McKenzie et al. (2008)" over four lines, beside eight other cells.
        Assert.Contains("French et al. (2013); McKenzie et al. (2008) | AUS | Implement cluster randomised trial (theory-informed implementation intervention in general practice, Victoria) |", text, StringComparison.Ordinal);
        // A word a cell breaks with a hyphen is joined again within the cell.
        Assert.Contains("| Improve emergency department care of LBP in four NSW hospitals with a multifaceted intervention |", text, StringComparison.Ordinal);
        // The text around the table is read line by line as before.
        Assert.Contains("search identified 1013 resources", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_whose_flow_breaks_the_flow_rules_stops_verify_as_it_stops_a_build_unless_prisma_warnings()
    {
        using var copy = ReviewCopy.OfData(RepoPaths.Data);
        copy.Write("data/flow.csv", string.Join("\n", copy.Read("data/flow.csv").Split('\n').Select(line =>
            line.StartsWith("records_screened,", StringComparison.Ordinal) ? line[..line.LastIndexOf(',')] + ",2000" :
            line.StartsWith("records_excluded,", StringComparison.Ordinal) ? line[..line.LastIndexOf(',')] + ",5000" : line)));
        var manuscript = Shipped(".md");

        var diagnostics = new DiagnosticBag();
        Assert.Empty(ManuscriptCheck.Run(manuscript, copy.Data, RepoPaths.Templates, diagnostics));
        Assert.Equal(ReportGen.Data.PrismaCodes.ExclusionTooLarge, Assert.Single(diagnostics.Items).Code);

        var anyway = new DiagnosticBag();
        Assert.Empty(ManuscriptCheck.Run(manuscript, copy.Data, RepoPaths.Templates, anyway, prismaErrorsAsWarnings: true));
        Assert.False(anyway.HasErrors, string.Join("\n", anyway.Items));
    }

    /// <summary>Applies the plants to a Markdown or LaTeX file; each finding must be on the line its edit is on.</summary>
    private static List<Func<Diagnostic, bool>> PlantInText(string path, bool latex)
    {
        var text = File.ReadAllText(path);
        var places = new List<Func<Diagnostic, bool>>();
        foreach (var plant in Plants)
        {
            var find = latex ? plant.TexFind ?? plant.Find : plant.Find;
            var replace = latex ? plant.TexReplace ?? (plant.TexFind is null ? plant.Replace : throw new InvalidOperationException()) : plant.Replace;
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not once in {path}");
            text = text[..at] + replace + text[(at + find.Length)..];
            var line = text[..at].Count(c => c == '\n') + 1;
            places.Add(d => d.File == path && d.Line == line);
        }
        File.WriteAllText(path, text);
        return places;
    }

    /// <summary>Applies the plants to the Word file's text with OpenXml; each finding must name the edited paragraph.</summary>
    internal static List<Func<Diagnostic, bool>> PlantInDocx(string path)
    {
        var places = new List<Func<Diagnostic, bool>>();
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        foreach (var plant in Plants)
        {
            var index = paragraphs.FindIndex(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Contains(plant.Find, StringComparison.Ordinal));
            Assert.True(index >= 0, $"'{plant.Find}' is in no paragraph");
            var texts = paragraphs[index].Descendants<Text>().ToList();
            if (texts.FirstOrDefault(t => t.Text.Contains(plant.Find, StringComparison.Ordinal)) is { } run)
            {
                run.Text = run.Text.Replace(plant.Find, plant.Replace, StringComparison.Ordinal);
            }
            else
            {
                // The words span runs (a number in a run of its own): the edited text goes into the first run, as typing over a selection does.
                var whole = string.Concat(texts.Select(t => t.Text)).Replace(plant.Find, plant.Replace, StringComparison.Ordinal);
                texts[0].Text = whole;
                foreach (var rest in texts.Skip(1)) rest.Text = "";
            }
            foreach (var t in texts) t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
            var label = $"paragraph {index + 1}";
            places.Add(d => d.File == path && d.Place == label);
        }
        return places;
    }
}

/// <summary><c>reportgen verify</c> on the command line: exit 0 and a summary when clean, 1 with located findings.</summary>
public class VerifyCommandTests
{
    [Fact]
    public void Verify_exits_0_on_a_clean_manuscript_and_1_with_one_located_line_per_finding()
    {
        using var workspace = ReviewCopy.Shipped();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var clean = workspace.Run("verify", "out/manuscript.md");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("out/manuscript.md: no findings", clean.Stdout, StringComparison.Ordinal);

        workspace.Edit("out/manuscript.md", text => text.Replace("Canada (n = 3)", "Canada (n = 4)", StringComparison.Ordinal));
        var edited = workspace.Run("verify", "out/manuscript.md");
        Assert.Equal(1, edited.ExitCode);
        var line = Assert.Single(edited.Stderr.Split('\n'), l => l.Contains(" error RG", StringComparison.Ordinal));
        Assert.Matches(@"^out/manuscript\.md:\d+:\d+: error RG601: ""Canada \(n = 4\) \(Ammendolia"" — the data gives 3: campaigns\.csv rows 2, 3, 4 \(country = CA\)$", line);
    }

    [Fact]
    public void Verify_diagnostics_json_gives_each_finding_of_a_word_file_with_its_paragraph_as_place()
    {
        using var workspace = ReviewCopy.Shipped();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var docx = Path.Combine(workspace.Root, "out", "manuscript.docx");
        var places = VerifyTests.PlantInDocx(docx);
        var result = workspace.Run("verify", "out/manuscript.docx", "--diagnostics", "json");
        Assert.Equal(1, result.ExitCode);
        // The data's own warnings (a reference without pages) come too; the findings are the errors.
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("\"severity\":\"error\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(VerifyTests.Plants.Length, lines.Count);
        var canada = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(lines, l => l.Contains("Canada (n = 4)", StringComparison.Ordinal)))!;
        Assert.Equal("out/manuscript.docx", (string?)canada["file"]);
        Assert.Matches(@"^paragraph \d+$", (string?)canada["place"]);
        Assert.Null(canada["line"]);
        Assert.Equal("RG601", (string?)canada["code"]);
        Assert.Contains(VerifyTests.Plants.Length + " findings", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error RG", result.Stderr, StringComparison.Ordinal);

        var sarif = workspace.Run("verify", "out/manuscript.docx", "--diagnostics", "sarif");
        Assert.Equal(1, sarif.ExitCode);
        var results = System.Text.Json.Nodes.JsonNode.Parse(sarif.Stdout)!["runs"]![0]!["results"]!.AsArray().Where(r => (string?)r!["level"] == "error").ToList();
        Assert.Equal(VerifyTests.Plants.Length, results.Count);
        Assert.All(results, r =>
        {
            Assert.Equal("out/manuscript.docx", (string?)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
            Assert.Matches(@"^paragraph \d+$", (string?)r["locations"]![0]!["message"]!["text"]);
        });
    }

    [Fact]
    public void Verify_diagnostics_json_on_a_clean_manuscript_writes_nothing_on_stdout_and_exits_0()
    {
        using var workspace = ReviewCopy.Shipped();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var result = workspace.Run("verify", "out/manuscript.md", "--diagnostics", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"error\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("out/manuscript.md: no findings", result.Stderr, StringComparison.Ordinal);
    }
}
