using System.Text.RegularExpressions;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Templating;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// Every sentence reads naturally whatever the counts: variants of the second example review (examples/school-activity,
/// with its own templates) and of the test review built with the shipped templates, each with counts of 0, 1, 2 and
/// ties, are rendered from a temporary copy, and their manuscripts are checked for the defects a copy-editor marks.
/// </summary>
public class WordingMatrixTests
{
    private static string SchoolActivity => Path.Combine(RepoPaths.Root, "examples", "school-activity");

    // ---- examples/school-activity, its own templates ----

    public static TheoryData<string> SchoolVariants => ["as shipped", "one study", "two studies", "tied settings", "tied first settings", "one of each design", "no guidance"];

    [Theory]
    [MemberData(nameof(SchoolVariants))]
    public void SchoolActivity_Variant_ReadsNaturally(string variant)
    {
        using var copy = WordingCopies.Of(Path.Combine(SchoolActivity, "data"), Path.Combine(SchoolActivity, "templates"));
        var rows = copy.Rows("campaigns.csv");
        switch (variant)
        {
            case "one study": copy.KeepRows("campaigns.csv", rows.Take(1)); break;
            case "two studies": copy.KeepRows("campaigns.csv", rows.Take(2)); break;
            // urban 2, rural 2: two settings tied for the most.
            case "tied settings": copy.KeepRows("campaigns.csv", rows.Take(4).Select(r => r.Replace(",mixed,", ",urban,").Replace("fit_futures,chen2020,Fit Futures,urban,", "fit_futures,chen2020,Fit Futures,rural,"))); break;
            // urban 2, rural 2, mixed 1: two settings share the first place.
            case "tied first settings": copy.KeepRows("campaigns.csv", rows.Take(5).Select(r => r.Replace("fit_futures,chen2020,Fit Futures,urban,", "fit_futures,chen2020,Fit Futures,rural,").Replace("step_up,evans2022,Step Up,rural,", "step_up,evans2022,Step Up,urban,"))); break;
            case "one of each design": copy.KeepRows("campaigns.csv", rows.Take(3)); break;
            case "no guidance": copy.KeepRows("campaigns.csv", rows.Select(r => Regex.Replace(r, @",(who2020|cmo2019|who2020; cmo2019),", ",,"))); break;
        }

        var text = copy.Manuscript();

        AssertReadsNaturally(text);
        if (variant == "one study")
        {
            Assert.Contains("Table 1 shows the design of the one programme and its setting, urban schools.", text);
            Assert.Contains("One study, described in seven reports, was included", text);
            Assert.Contains("**Design.** Randomised controlled trial (n = 1, 100%)", text);
        }
        if (variant == "tied settings")
            Assert.Contains("each setting was used equally (n = 2 each).", text);
        if (variant == "tied first settings")
            Assert.Contains("urban schools and rural schools were equally the most common settings (n = 2 each).", text);
        if (variant == "one of each design")
            Assert.Contains("**Design.** Randomised controlled trial (n = 1, 33.3%) (Ahmed and Olsen, 2018), cluster randomised trial (n = 1, 33.3%)", text);
        if (variant == "as shipped")
            Assert.Matches(@"cluster randomised trials \(n = [2-9]", text);
        if (variant == "no guidance") Assert.DoesNotContain("**Guidance followed.**", text);
    }

    // ---- the test review (antibiotics for sore throat) with the shipped templates ----

    public static TheoryData<string> ShippedTemplateVariants =>
    [
        "as shipped", "one campaign", "two single-method campaigns", "no single-method campaign", "all methods tied",
        "one disincentive", "two disincentives", "one of each sub-type",
    ];

    [Theory]
    [MemberData(nameof(ShippedTemplateVariants))]
    public void ShippedTemplates_Variant_ReadNaturally(string variant)
    {
        using var copy = WordingCopies.Of(ReviewTestFiles.SecondReview, RepoPaths.Templates);
        var rows = copy.Rows("campaigns.csv");
        const int Strategies = 9, Disincentives = 11;
        switch (variant)
        {
            case "one campaign": copy.KeepRows("campaigns.csv", rows.Take(1)); break;
            case "two single-method campaigns": copy.KeepRows("campaigns.csv", [Cell(rows[0], Strategies, "leaflets"), Cell(rows[3], Strategies, "reports")]); break;
            case "no single-method campaign": copy.KeepRows("campaigns.csv", rows.Where(r => !r.StartsWith("nz_leaflets", StringComparison.Ordinal) && !r.StartsWith("irl_feedback", StringComparison.Ordinal))); break;
            // Each of the three methods used by exactly two campaigns.
            case "all methods tied":
                copy.KeepRows("campaigns.csv", [Cell(rows[0], Strategies, "leaflets; detailing"), Cell(rows[1], Strategies, "posters; reports"), Cell(rows[2], Strategies, "webinars; peer_letters")]);
                break;
            case "one disincentive": copy.KeepRows("campaigns.csv", rows); break;
            case "two disincentives": copy.KeepRows("campaigns.csv", rows.Select((r, i) => i == 0 ? Cell(r, Disincentives, "Fewer repeat prescriptions") : r)); break;
            case "one of each sub-type":
                copy.KeepRows("campaigns.csv", [Cell(rows[0], Strategies, "leaflets; webinars"), Cell(rows[1], Strategies, "detailing; modules; peer_letters")]);
                break;
        }

        var text = copy.Manuscript();

        AssertReadsNaturally(text);
        Assert.DoesNotContain("Multiple dissemination strategies were implemented by the", text);
        switch (variant)
        {
            case "one campaign":
                Assert.Contains("One campaign was identified in the seven included resources.", text);
                Assert.Contains("The campaign used a single method of dissemination: printed materials (Moore et al., 2020b).", text);
                Assert.Contains("Dissemination through printed materials was the only method, used by the campaign (Moore et al., 2020b).", text);
                Assert.Contains("The campaign did not use educational outreach.", text);
                break;
            case "two single-method campaigns":
                Assert.Contains("Each of the two campaigns used a single method of dissemination: printed materials (Moore et al., 2020b) and audit and feedback (Byrne and O’Neill, 2019).", text);
                Assert.Contains("Both methods used were equally common (one campaign each).", text);
                break;
            case "no single-method campaign":
                Assert.Contains("All three campaigns used more than one method of dissemination.", text);
                Assert.DoesNotContain("single method", text);
                break;
            case "all methods tied":
                Assert.Contains("All three methods used were equally common (two campaigns each).", text);
                Assert.DoesNotContain("most common", text);
                Assert.DoesNotContain("least common", text);
                break;
            case "one disincentive":
                Assert.Contains("One campaign included disincentives (Walsh et al., 2022).", text);
                break;
            case "two disincentives":
                Assert.Contains("Two campaigns included disincentives (", text);
                break;
            case "one of each sub-type":
                Assert.Contains("a webinar (n = 1)", text);
                Assert.Contains("Two campaigns (100%) used online learning, including a webinar (n = 1) and an e-learning module (n = 1).", text);
                break;
            case "as shipped":
                // 4, 3, 3: a tie for second place is named as a tie, never as "the least common".
                Assert.Contains("one of two methods tied as the least common", text);
                break;
        }
    }

    /// <summary>The defects a copy-editor marks, whatever the review.</summary>
    private static void AssertReadsNaturally(string text)
    {
        var prose = string.Join("\n", text.Split('\n').Where(l => !l.StartsWith('|') && !l.StartsWith(":::", StringComparison.Ordinal)));
        Assert.DoesNotMatch(@"(?<![\d.,])\b1 (campaigns|studies|programmes|resources|reports|methods)\b(?! each)", prose);
        Assert.DoesNotMatch(@"\bone (campaigns|studies|programmes|resources|reports|methods)\b", prose);
        // "seven resources describing one campaign were included" agrees with its subject, the resources.
        Assert.DoesNotMatch(@"(?<!describing )\b(one|1) (campaign|study|programme|resource|report) were\b", prose);
        Assert.DoesNotContain("and and", prose);
        Assert.DoesNotContain(" ,", prose);
        Assert.DoesNotContain(" .", prose);
        Assert.DoesNotContain("()", prose);
        Assert.DoesNotContain("  ", prose);
        Assert.DoesNotContain("(0%)", prose);
        Assert.DoesNotMatch(@"\b0 of the\b", prose);
        Assert.DoesNotContain("through other", prose);
        // A plural label beside n = 1: every label the data gives a singular form for.
        foreach (var plural in new[] { "webinars", "e-learning modules", "patient leaflets", "posters", "randomised controlled trials", "cluster randomised trials", "before–after studies" })
            Assert.DoesNotContain($"{plural} (n = 1", prose);
    }

    private static string Cell(string row, int index, string value)
    {
        var cells = row.Split(',');
        cells[index] = value;
        return string.Join(',', cells);
    }
}

/// <summary>A review copied with templates of its own, its rows changed and its manuscript rendered as text.</summary>
internal static class WordingCopies
{
    public static ReviewCopy Of(string data, string templates)
    {
        var copy = ReviewCopy.OfData(data);
        ReviewCopy.CopyFolder(templates, copy.Templates);
        return copy;
    }

    /// <summary>The data rows of a CSV file without quoted cells, under its header.</summary>
    public static List<string> Rows(this ReviewCopy copy, string file) =>
        [.. File.ReadAllLines(Path.Combine(copy.Data, file)).Skip(1).Where(l => l.Length > 0)];

    public static void KeepRows(this ReviewCopy copy, string file, IEnumerable<string> rows)
    {
        var path = Path.Combine(copy.Data, file);
        File.WriteAllLines(path, [File.ReadLines(path).First(), .. rows]);
    }

    /// <summary>The manuscript's Markdown as text, rendered from the copy; the data and templates must load without errors.</summary>
    public static string Manuscript(this ReviewCopy copy)
    {
        var diagnostics = new DiagnosticBag();
        var review = ReviewLoader.Load(copy.Data, diagnostics);
        Assert.True(review is not null, string.Join("\n", diagnostics.Sorted()));
        var engine = new TemplateEngine(copy.Templates, "templates", TemplateLimits.Default);
        var text = engine.Render(Path.Combine("documents", "manuscript.sbn"), TemplateModel.Create(review, ReviewAnalyzer.Analyze(review)), diagnostics);
        Assert.True(text is not null, string.Join("\n", diagnostics.Sorted()));
        // Read as text: data arrives with its punctuation escaped.
        return Regex.Replace(text, @"\\(\p{P}|\p{S})", "$1");
    }
}
