using ReportGen.Tests.Support;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Tests.Rendering.Docx;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Build;

/// <summary>
/// The shipped review and the second example review built in both reference styles (APA and Vancouver), from
/// resources.csv and from a CSL-JSON export of it. The reference lists are golden files in Markdown and LaTeX, and
/// are read back from the PDF and the Word file.
/// </summary>
public partial class ReferenceStyleBuildTests
{
    private static readonly Dictionary<string, Lazy<BuiltReview>> Builds = new()
    {
        ["apa"] = new(() => BuiltReview.Shipped),
        ["vancouver"] = new(() => BuildWith(RepoPaths.Data, RepoPaths.Templates, "vancouver")),
        ["apa-json"] = new(() => BuildWith(RepoPaths.Data, RepoPaths.Templates, null, json: true)),
        ["vancouver-json"] = new(() => BuildWith(RepoPaths.Data, RepoPaths.Templates, "vancouver", json: true)),
    };

    private static string ExampleData => Path.Combine(RepoPaths.Root, "examples", "school-activity", "data");
    private static string ExampleTemplates => Path.Combine(RepoPaths.Root, "examples", "school-activity", "templates");

    private static BuiltReview Built(string name)
    {
        var build = Builds[name].Value;
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        return build;
    }

    /// <summary>A copy of a data folder, with review.csv's citation_style set and resources.csv replaced by the CSL-JSON fixture.</summary>
    private static BuiltReview BuildWith(string data, string templates, string? style, bool json = false)
    {
        using var folder = ReviewCopy.OfData(data);
        if (style is not null) folder.Write("data/review.csv", folder.Read("data/review.csv").TrimEnd('\n') + $"\ncitation_style,{style}\n");
        if (json)
        {
            folder.Delete("data/resources.csv");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestFiles", "References", CslJsonReader.FileName),
                Path.Combine(folder.Data, CslJsonReader.FileName));
        }
        return BuiltReview.Build(folder.Data, templates);
    }

    private static string ReferencesOf(string text, string heading) => text[text.LastIndexOf(heading, StringComparison.Ordinal)..];

    private static string MarkdownReferences(BuiltReview build) => ReferencesOf(build.Text("manuscript.md"), "## ");

    private static string LatexReferences(BuiltReview build) => ReferencesOf(build.Text("manuscript.tex"), "\\subsection{References}");

    private static string GoldenPath(string file, bool source) => source
        ? Path.Combine(RepoPaths.Root, "tests", "ReportGen.Tests", "TestFiles", "References", file)
        : Path.Combine(AppContext.BaseDirectory, "TestFiles", "References", file);

    private static void AssertGolden(string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath(file, source: true), actual);
            File.WriteAllText(GoldenPath(file, source: false), actual);
        }
        Assert.Equal(File.ReadAllText(GoldenPath(file, source: false)), actual);
    }

    [Theory]
    [InlineData("apa")]
    [InlineData("vancouver")]
    public void ReferenceList_MatchesItsGoldenFile_InMarkdownAndLatex(string style)
    {
        var build = Built(style);

        AssertGolden($"{style}.md", MarkdownReferences(build));
        AssertGolden($"{style}.tex", LatexReferences(build));
    }

    [Theory]
    [InlineData("apa")]
    [InlineData("vancouver")]
    public void CslJsonExport_GivesTheSameOutputsAsTheCsvItReplaces(string style)
    {
        var csv = Built(style);
        var json = Built(style + "-json");

        foreach (var name in new[] { "manuscript.md", "manuscript.tex", "table2.md", "table2.tex" })
            Assert.Equal(csv.Text(name), json.Text(name));
        Assert.Equal(MarkdownReferences(csv), MarkdownReferences(json));
    }

    [Fact]
    public void LocationParagraph_CitesOneReportPerCampaign_AsTheReviewDoes()
    {
        var paragraph = Built("apa").Text("manuscript.md").Split('\n').Single(l => l.StartsWith("The campaigns included were conducted in", StringComparison.Ordinal));
        var australia = paragraph[paragraph.IndexOf("Australia", StringComparison.Ordinal)..paragraph.IndexOf("United States", StringComparison.Ordinal)];

        Assert.Equal(24, Years().Count(paragraph));
        Assert.Contains("Australia (n = 7)", australia);
        Assert.Equal(7, Years().Count(australia));
        Assert.DoesNotContain("McKenzie", paragraph);
        Assert.DoesNotContain("2018, 2022a", australia);
        var review = File.ReadAllLines(RepoPaths.ReviewText).Single(l => l.StartsWith("The campaigns included were conducted in", StringComparison.Ordinal));
        Assert.Equal(Years().Count(review), Years().Count(paragraph));
    }

    [Fact]
    public void Table2_CitesTheCompanionReports()
    {
        var table = Built("apa").Text("table2.md");

        Assert.Contains("| French et al. (2013); McKenzie et al. (2008) |", table);
        Assert.Contains("| Jenkins et al. (2022a); Jenkins et al. (2018) |", table);
    }

    [Fact]
    public void Vancouver_NumbersInOrderOfFirstCitation_AndTable2sCompanionsWhereTheTableIsFirstMentioned()
    {
        var manuscript = Built("vancouver").Text("manuscript.md");

        Assert.Contains("Canada (n = 3) \\[1–3\\], Australia (n = 7) \\[4–10\\], United States of America (n = 5) \\[11–15\\]", manuscript);
        // McKenzie 2008 and Jenkins 2018 are first cited in Table 2, which the text first mentions at the end of the
        // location paragraph, after reference 24.
        Assert.Contains("\\[24\\]. Refer to Table 2 for further details.", manuscript);
        Assert.Contains("| French et al. \\[6\\]; McKenzie et al. \\[25\\] |", manuscript);
        Assert.Contains("| Jenkins et al. \\[8\\]; Jenkins et al. \\[26\\] |", manuscript);
        Assert.Contains("25\\. McKenzie\u00A0JE, French\u00A0SD,", manuscript);
        Assert.Contains("26\\. Jenkins\u00A0HJ, Moloney\u00A0NA,", manuscript);
        // The separate Table 2 repeats the manuscript's numbers.
        Assert.Contains("| French et al. \\[6\\]; McKenzie et al. \\[25\\] |", Built("vancouver").Text("table2.md"));
    }

    [Fact]
    public void MissingField_IsAWarningNamingTheResourceItsCellAndTheField_AndIsLeftOutOfPrint()
    {
        var build = Built("apa");

        Assert.Contains(build.Diagnostics, d => d is { Severity: Severity.Warning, Code: DataCodes.IncompleteReference } &&
            d.File.EndsWith("data/resources.csv", StringComparison.Ordinal) && d.Line == 20 &&
            d.Message == "resource 'dey2004' has no volume or pages; its reference is printed without them");
        var references = MarkdownReferences(build);
        Assert.Contains("(2004). Implementation of RCGP guidelines for acute low back pain: a cluster randomised controlled trial. *British Journal of General Practice*.\n", references);
        foreach (var placeholder in new[] { "not identified", "candidate", "Candidate", "\\[Not", "\\[Second", "UNVERIFIED", "PMID" })
            Assert.DoesNotContain(placeholder, references);
    }

    [Theory]
    [InlineData("apa", true)]
    [InlineData("vancouver", false)]
    public void Pdf_SetsTheJournalNameInItalicOnlyInApa(string style, bool italic)
    {
        using var folder = new OutputFolder(Built(style).Files);
        using var pdf = PdfDocument.Open(folder["manuscript.pdf"]);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        // "Spine" followed by its punctuation is Buchbinder and Jolley's journal ("Spine," in APA, "Spine." in Vancouver).
        var spine = words.Where(w => w.Text is "Spine," or "Spine.").ToList();

        Assert.NotEmpty(spine);
        Assert.All(spine, w => Assert.Equal(italic, IsItalic(w.Letters[0].FontName)));
        Assert.Contains(words, w => w.Text.StartsWith("Journal", StringComparison.Ordinal) && IsItalic(w.Letters[0].FontName) == italic);
    }

    private static bool IsItalic(string? font) =>
        font is not null && (font.Contains("Italic", StringComparison.OrdinalIgnoreCase) || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Docx_SetsTheJournalNameInAnItalicRun()
    {
        using var docx = new DocxFile(Built("apa").Files["manuscript.docx"]);
        var runs = docx.ParagraphsStyled("Bibliography").SelectMany(p => p.Descendants<Run>()).ToList();

        var journal = Assert.Single(runs, r => r.InnerText == "Journal of Manipulative and Physiological Therapeutics");
        Assert.True(journal.RunProperties?.Italic is not null || journal.RunProperties?.RunStyle?.Val?.Value is { } style && docx.StyleName(style) == "Emphasis");
        Assert.DoesNotContain(runs, r => r.InnerText.Contains("Implementing Evidence-Based", StringComparison.Ordinal) &&
            (r.RunProperties?.Italic is not null || r.RunProperties?.RunStyle is not null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("vancouver")]
    public void SecondExampleReview_BuildsInBothStyles(string? style)
    {
        var build = BuildWith(ExampleData, ExampleTemplates, style);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity is Severity.Warning or Severity.Error);
        var manuscript = build.Text("manuscript.md");
        if (style is null)
        {
            Assert.Contains("Byrne, C., & Walsh, D. (2020). *Process evaluation of the Move More trial*. Rural Child Health Examples Press.", manuscript);
            Assert.Contains("Retrieved May 2, 2024, from", manuscript);
        }
        else
        {
            Assert.Equal(7, Regex.Count(manuscript, @"^\d+\\\. ", RegexOptions.Multiline));
            Assert.Contains("\\[cited 2024 May 2\\]", manuscript);
            Assert.DoesNotContain(VancouverMarker, manuscript);
        }
        Assert.All(Formats, name => Assert.True(build.Files[name].Length > 100));
    }

    private const char VancouverMarker = '\uE100';

    private static readonly string[] Formats = ["manuscript.pdf", "manuscript.docx", "manuscript.html", "manuscript.tex"];

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Years();
}
