using ReportGen.Diagnostics;
using ReportGen.Tests.Build;
using ReportGen.Tests.Templating.Functions;
using static ReportGen.Tests.Reviews.ManuscriptSections;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// The shipped templates build a review that is not the one they were written for (TestFiles/Review/second), and
/// every number, category, citation and row comes from that review's data. Counts below are worked out by hand from
/// its campaigns.csv: printed materials nz_leaflets, irl_hse (leaflets and letters, counted once), irl_walsh;
/// educational outreach nz_detailing, irl_hse, irl_walsh; audit and feedback nz_detailing, irl_hse, irl_feedback, irl_walsh.
/// </summary>
public class SecondReviewTests
{
    private static BuiltReview Build => ReviewTestFiles.Second;
    private static string Manuscript => Build.Text("manuscript.md");

    [Fact]
    public void Build_WithShippedTemplates_SucceedsWithoutWarnings()
    {
        Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
        Assert.DoesNotContain(Build.Diagnostics, d => d.Severity is Severity.Warning or Severity.Error);
        Assert.Equal(18, Build.Files.Count);
    }

    [Fact]
    public void Abstract_HasItsCountsAndMethods_AndNoMethodIsBothMostAndLeastUsed()
    {
        var abstractText = Section(Manuscript, "sec-abstract");

        Assert.Contains("The initial search identified 152 resources.", abstractText);
        Assert.Contains("7 resources describing 5 campaigns were included", abstractText);
        Assert.Contains("as defined by three methods (printed materials, educational outreach, and audit and feedback).", abstractText);
        // 4, 3, 3: the two tied second places are among the two most used, so none is named as the least used.
        Assert.Contains("Audit and feedback, printed materials, and educational outreach were the most commonly used strategies.", abstractText);
        Assert.DoesNotContain("least", abstractText);
    }

    [Fact]
    public void Methods_HasTheReviewsFactsAndEveryCodebookSubType()
    {
        var methods = Section(Manuscript, "sec-methods");

        Assert.Contains("The initial search was undertaken in MEDLINE and Embase and the websites of two national health agencies.", methods);
        Assert.Contains("the first 5 papers", methods);
        Assert.Contains("The first 50 results from each web search were screened. The search was completed by June 2023.", methods);
        // The unused sub-type (posters) is part of the codebook, so the Methods name it.
        Assert.Contains("identified three potential methods of dissemination, including: (1) printed materials (e.g. patient leaflets, " +
                        "posters, and letters to prescribers), (2) educational outreach (e.g. academic detailing visits, webinars, and " +
                        "e-learning modules), and (3) audit and feedback (e.g. prescribing reports and peer comparison letters).", methods);
    }

    [Fact]
    public void Results_HaveTheSearchLocationCampaignAndGuidelineCounts()
    {
        var results = Section(Manuscript, "sec-results");

        // 140 database + 0 register + 12 website + 0 organisation records; 3 from citation searching; 7 included.
        Assert.Contains("The initial database search identified 140 resources, and 12 were identified from the grey literature, making a total of 152.", results);
        Assert.Contains("three additional resources were identified", results);
        Assert.Contains("resulting in 7 resources included for the final synthesis.", results);
        // Same authors, same year: 2020a and 2020b, in title order ("Academic …" before "Leaflets …").
        Assert.Contains("New Zealand (n = 2) (Moore et al., 2020a, 2020b; Ngata and Moore, 2017) and Ireland (n = 3) (", results);
        Assert.DoesNotContain("Denmark", Manuscript);
        Assert.Contains("Five campaigns were identified in the 7 included resources. Of the 5 campaigns, 3 targeted prescribers only (60%) and 2 targeted prescribers and patients (40%).", results);
        Assert.Contains("Two campaigns were single-wave and three campaigns were repeated.", results);
        Assert.Contains("The CPGs disseminated in these campaigns were NICE sore throat (acute) antimicrobial prescribing guideline (n = 1), " +
                        "BPAC antibiotic choices for common infections (n = 2), HSE guidelines for antimicrobial prescribing in primary care (n = 2), " +
                        "and Sore throat clinical pathway 2019 (n = 2).", results);
        // 2, 2, 2 share the first place; NICE (1) has three ahead of it.
        Assert.Contains("The most referenced CPGs were BPAC antibiotic choices for common infections, HSE guidelines for antimicrobial " +
                        "prescribing in primary care, and Sore throat clinical pathway 2019.", results);
        Assert.Contains("Additional CPGs were included in two campaigns;", results);
    }

    [Fact]
    public void Results_HaveSingleMethodCampaignsIncentivesAndDisincentives()
    {
        var results = Section(Manuscript, "sec-results");

        Assert.Contains("Two campaigns used a single method of dissemination: printed materials (Moore et al., 2020b) and audit and feedback (Byrne and O’Neill, 2019).", results);
        Assert.Contains("The remaining 3 campaigns used multiple methods", results);
        Assert.Contains("One campaign included disincentives (", results);
        Assert.Contains("One study looked at incentive schemes providing payments for following CPGs (Health Service Executive, 2021).", results);
    }

    [Fact]
    public void Strategies_HaveOneSubsectionPerCodebookMethod_InCodebookOrder()
    {
        var shippedMethods = ShippedAggregates.Aggregates.Methods.Select(m => m.Label).ToList();

        var titles = Level4Titles(Manuscript);

        Assert.Equal(["Printed materials", "Educational outreach", "Audit and feedback"], titles);
        Assert.DoesNotContain(titles, t => shippedMethods.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Strategies_CountACampaignOncePerMethodAndGroup_AndLeaveUnusedSubTypesOut()
    {
        var printed = Subsection(Manuscript, "Printed materials");
        // irl_hse uses leaflets and letters: 2 + 2 sub-type uses, 3 campaigns.
        Assert.Contains("used by 3 of the 5 campaigns (60%)", printed);
        Assert.Contains("This included patient leaflets (n = 2) and letters to prescribers (n = 2).", printed);
        Assert.DoesNotContain("posters", printed);

        var outreach = Subsection(Manuscript, "Educational outreach");
        Assert.Contains("used by 3 of the 5 campaigns (60%)", outreach);
        Assert.Contains("This included academic detailing visits (n = 2).", outreach);
        // The nested group (online learning): irl_walsh uses webinars and modules and is counted once. The words
        // before the count are left out: "Online learning were" is a known agreement problem of the shipped template.
        Assert.Contains(" used in 3 campaigns (60%), including webinars (n = 2) and e-learning modules (n = 2).", outreach);

        var feedback = Subsection(Manuscript, "Audit and feedback");
        Assert.Contains("Dissemination through audit and feedback was the most common method, used by 4 of the 5 campaigns (80%)", feedback);
        Assert.Contains("This included prescribing reports (n = 3) and peer comparison letters (n = 2).", feedback);
    }

    [Fact]
    public void References_AreInApaOrder_WithYearSuffixes()
    {
        var references = Section(Manuscript, "sec-references").Split("\n\n").Skip(1).Select(p => p.Trim()).ToList();

        string[] starts =
        [
            "Byrne, C., & O’Neill, D. (2019).", "Health Service Executive. (2021).", "Jensen, L. (2018).",
            "Moore, T. R., Patel, S., & Ngata, H. (2020a). Academic detailing", "Moore, T. R., Patel, S., & Ngata, H. (2020b). Leaflets",
            "Ngata, H., & Moore, T. R. (2017).", "Walsh, P., Kelly, M., Doyle, R., & Ryan, E. (2022).",
        ];
        Assert.Equal(starts.Length, references.Count);
        Assert.All(starts.Zip(references), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void Table2_HasOneRowPerCampaign_WithItsCitationsLabelsAndIncentives()
    {
        string[][] expected =
        [
            ["Author (year)", "Country", "Campaign", "Purpose", "Population", "Duration", "CPGs referenced", "Dissemination strategies", "Key message"],
            ["Moore et al. (2020b)", "NZ", "Sore Throat? Ask First", "Reduce patient demand for antibiotics for sore throat",
             "prescribers and patients", "single-wave (Winter 2019)", "BPAC guide", "Patient leaflets", "Most sore throats get better without antibiotics"],
            ["Moore et al. (2020a); Ngata and Moore (2017)", "NZ", "Kōrero about antibiotics",
             "Reduce antibiotic prescribing for sore throat by general practitioners", "prescribers only", "repeated (2016 – 2018)",
             "BPAC guide; Sore throat clinical pathway 2019", "Academic detailing; Webinars; Prescribing reports", "Use the clinical pathway before prescribing"],
            ["Health Service Executive (2021)", "IRL", "Under the Weather", "Inform patients and prescribers about self-care for sore throat",
             "prescribers and patients", "repeated (2020–2021)", "HSE guidelines",
             "Patient leaflets; Letters to prescribers; E-learning modules; Prescribing reports; incentive: Payment per practice for completing the audit cycle",
             "Sore throat usually lasts about a week"],
            ["Byrne and O’Neill (2019)", "IRL", "Prescribing feedback for general practitioners", "Compare each practice's antibiotic prescribing with its peers",
             "prescribers only", "single-wave", "HSE guidelines; Unidentified guidelines", "Peer comparison letters; Prescribing reports",
             "Your practice prescribes more than its peers"],
            ["Walsh et al. (2022); Jensen (2018)", "IRL", "Sore throat pathway roll-out", "Bring the clinical pathway into every practice in two regions",
             "prescribers only", "repeated (2021 – 2022)", "NICE sore throat guideline; Sore throat clinical pathway 2019; Unidentified guidelines",
             "Letters to prescribers; Academic detailing; Webinars; E-learning modules; Peer comparison letters; disincentive: Practices above the prescribing target lose a quality payment",
             "Follow the pathway: no antibiotics for low scores"],
        ];

        Assert.Equal(expected, MarkdownReader.TableCells(Build.Text("table2.md")));
        Assert.Equal(expected, MarkdownReader.TableCells(Manuscript));
        Assert.Contains("**Table 2. Characteristics of the 5 included campaigns**", Build.Text("table2.md"));
    }

    [Fact]
    public void AbbreviationList_HoldsTheGlossaryEntriesOfTheTable_Alphabetically()
    {
        // abbreviations.csv lists them NZ, IRL, HSE, NICE, BPAC.
        const string expected = "Abbreviations: BPAC = Best Practice Advocacy Centre New Zealand; HSE = Health Service Executive; " +
                                "IRL = Ireland; NICE = National Institute for Health and Care Excellence; NZ = New Zealand.";

        Assert.Equal(expected, MarkdownReader.ParagraphText(Build.Text("abbreviations.md")));
        Assert.Contains("\n" + expected + "\n", Build.Text("table2.md"));
    }

    [Fact]
    public void FlowDiagram_ShowsTheSecondReviewsCounts()
    {
        // The boxes' lines in drawing order, as a reader reads them whichever line a box wrapped at.
        var svg = string.Join(" ", System.Text.RegularExpressions.Regex.Matches(Build.Text("prisma.svg"), "<text[^>]*>([^<]*)</text>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));

        Assert.Contains("Databases (n = 140)", svg);
        Assert.Contains("– MEDLINE (n = 90)", svg);
        Assert.Contains("Websites (n = 12)", svg);
        Assert.Contains("Records screened", svg);
        Assert.Contains("(n = 120)", svg);
    }
}
