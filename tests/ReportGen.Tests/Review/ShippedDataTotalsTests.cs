using ReportGen.Tests.Build;
using ReportGen.Tests.Templating.Functions;
using static ReportGen.Tests.Reviews.ShippedAggregates;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// Every total that shared/spec/review.txt reports, computed from the shipped data/ (issue 2). Where the review
/// disagrees with itself, the expected value is the data's and the comment names the data/README.md entry.
/// </summary>
public class ShippedDataTotalsTests
{
    [Fact]
    public void Data_LoadsWithOnlyTheReferenceGapsWarnedAbout_AndHasTheReviewsResourcesAndCampaigns()
    {
        // The fields campaign-facts.md does not give are left empty, one warning per incomplete reference (RG063).
        Assert.All(LoadDiagnostics, d => Assert.Equal((ReportGen.Diagnostics.Severity.Warning, ReportGen.Data.DataCodes.IncompleteReference), (d.Severity, d.Code)));
        Assert.Equal(
            ["cheng2017", "khoury2019", "french2013", "french2022", "jenkins2022a", "jenkins2022b", "morgan2019", "rezaii2020", "wang2018", "wang2021", "zafar2019", "dey2004"],
            LoadDiagnostics.Select(d => d.Message.Split('\'')[1]));
        // "Twenty‐four campaigns were identified in the 26 included resources." (README entry 3: two companions)
        Assert.Equal(26, Aggregates.ResourceCount);
        Assert.Equal(24, Aggregates.CampaignCount);
    }

    [Fact]
    public void Countries_AreTheReviewsInItsOrder()
    {
        // "Canada (n= 3) …, Australia (n= 7) …, United States of America (n= 5) …, United Kingdom (n= 7) …,
        // Netherlands (n= 1) … and Sweden (n= 1)"
        Assert.Equal(
            [("Canada", 3), ("Australia", 7), ("United States of America", 5), ("United Kingdom", 7), ("Netherlands", 1), ("Sweden", 1)],
            Aggregates.ByField["country"].Select(g => (g.Label, g.Count)));
    }

    [Fact]
    public void Countries_CountEachCitedResourceAsOneCampaign()
    {
        // README "How the 26 resources make 24 campaigns": each country's n is its number of citations, with
        // Jenkins 2022 counted twice (README entry 2: 2022a and 2022b) and the Wang papers separately.
        string[] australia = ["buchbinder2007", "coombs2021", "french2013", "french2022", "jenkins2022a", "jenkins2022b", "morgan2019"];
        Assert.Equal(australia, Value("country", "Australia").Campaigns.Select(c => c.Resources[0].Id));
        string[] usa = ["rezaii2020", "schectman2003", "wang2018", "wang2021", "zafar2019"];
        Assert.Equal(usa, Value("country", "United States of America").Campaigns.Select(c => c.Resources[0].Id));
    }

    [Fact]
    public void PopulationsAndDurations_AreTheReviews()
    {
        // "15 campaigns targeted clinicians only. Nine campaigns targeted clinicians and the public."
        Assert.Equal([("clinicians only", 15), ("clinicians and the public", 9)],
            Aggregates.ByField["population"].Select(g => (g.Label, g.Count)));
        // "Eleven campaigns were one‐time strategies … Thirteen campaigns were sustained" (U+2010 as the review spells it)
        Assert.Equal([("one\u2010time", 11), ("sustained", 13)],
            Aggregates.ByField["duration_type"].Select(g => (g.Label, g.Count)));
    }

    [Fact]
    public void Guidelines_AreCountedAsTheReviewListsThem()
    {
        // Results: "The CPGs disseminated in these campaigns were …", in the review's order. README entries 9
        // (three entries for one 2003 guideline) and 10 (Dutch and Danish counted twice) say how they were fitted;
        // README 17: names carry their article and, with guidelines.csv's abbreviation, are spelt out once in the text.
        (string, int)[] expected =
        [
            ("the National Health and Medical Research Council Guidelines 2003", 1),
            ("Choosing Wisely", 5),
            ("the American College of Radiology Appropriateness Criteria", 3),
            ("the Dutch Chain Care Guideline for non\u2010specific LBP Complaints", 2),
            ("the National Institute for Health and Care Excellence guidelines", 3),
            ("the Australian National Health and Medical Research Council Guidelines 2003", 1),
            ("the American College of Physicians guidelines", 6),
            ("the Royal College of General Practitioners Guidelines", 2),
            ("the Danish National Clinical Guidelines for non\u2010surgical treatment of LBP", 2),
            ("The Back Book UK 1996", 1),
            ("the Australian Acute Musculoskeletal Pain Guidelines 2003", 1),
            ("the UK Royal College of Radiologists guidelines", 5),
        ];
        Assert.Equal(expected, Aggregates.Guidelines.Select(g => (g.Name, g.Count)));
    }

    [Fact]
    public void UnidentifiedGuidelines_AreInTheThreeCampaignsTheReviewCites()
    {
        // "Additional CPGs were included in three campaigns; however, they were unable to be identified
        // (Ammendolia et al.2004; Coombs et al.2021; Schectman et al.2003)."
        Assert.Equal(["ammendolia2004", "coombs2021", "schectman2003"],
            Aggregates.CampaignsWithUnidentifiedGuidelines.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SingleAndMultiMethodCampaigns_AreTheReviews()
    {
        // "Two campaigns used a single method … educational resources (Khoury et al.2019), and an interactive
        // intervention (Cheng et al.2017). The remaining 22 campaigns used multiple strategies" (README entry 13)
        Assert.Equal(["cheng2017", "khoury2019"], Aggregates.SingleMethodCampaigns.Select(c => c.Id));
        Assert.Equal(["presentations and interactive interventions", "educational resources"],
            Aggregates.SingleMethodCampaigns.Select(c => c.Methods.Single().Label));
        Assert.Contains(Aggregates.SingleMethodCampaigns[0], Code("interactive interventions").Campaigns);
        Assert.Equal(22, Aggregates.MultiMethodCampaigns.Count);
    }

    [Fact]
    public void IncentivesAndDisincentives_AreTheReviews()
    {
        // "No dissemination strategies included disincentives"; "Three studies looked at merit‐based incentive
        // schemes … (Rezaii et al.2020; K. Y. Wang et al.2018,2021)" (README entry 11: three campaigns)
        Assert.Equal(["rezaii2020", "wang2018", "wang2021"], Aggregates.Field("incentives").Filled.Select(c => c.Id));
        Assert.Empty(Aggregates.Field("disincentives").Filled);
    }

    [Fact]
    public void Methods_AreTheResultsFiveInOrder_WithTheirCounts()
    {
        // Results: 18 (75%), 15 (62.5%), four (16.7%), five (20.8%), 11 (46%; README entry 1: 45.8%).
        Assert.Equal(
            [("educational resources", 18), ("presentations and interactive interventions", 15), ("media", 4),
             ("clinical decision support", 5), ("other strategies", 11)],
            Aggregates.Methods.Select(m => (m.Label, m.Count)));
    }

    [Fact]
    public void EducationalResources_SubTypes_AreTheReviews()
    {
        // "pamphlets (n= 2), booklets (n= 2), posters in practices and departments (n= 2), and infographics (n= 1).
        // A copy of CPGs or recommendations was used in 10 campaigns … Four campaigns implemented educational
        // packages … one campaign used educational videos. Five campaigns used a website"
        Assert.Equal(
            [("pamphlets", 2), ("booklets", 2), ("posters in practices and departments", 2), ("infographics", 1),
             ("copies of CPGs or recommendations", 10), ("educational packages", 4), ("educational videos", 1), ("websites", 5)],
            Code("educational resources").Children.Select(n => (n.Label, n.Count)));
    }

    [Fact]
    public void PresentationsAndInteractiveInterventions_AreTwoGroupsWithTheReviewsSubTypes()
    {
        var method = Code("presentations and interactive interventions");
        // "Presentations … were used in four campaigns (16.7%) … interactive interventions … 11 (46%) campaigns"
        Assert.Equal([("presentations", 4), ("interactive interventions", 11)], method.Children.Select(n => (n.Label, n.Count)));
        // "a presentation and webinar (n= 1), seminar (n= 1), conference (n= 1), and a symposium (n= 1)"
        Assert.Equal([("presentations and webinars", 1), ("seminars", 1), ("conferences", 1), ("symposia", 1)],
            Code("presentations").Children.Select(n => (n.Label, n.Count)));
        // "learning sessions (n= 2), meetings (n= 2), feedback sessions (n= 1), workshops (n= 3), and training sessions (n= 5)"
        Assert.Equal([("learning sessions", 2), ("meetings", 2), ("feedback sessions", 1), ("workshops", 3), ("training sessions", 5)],
            Code("interactive interventions").Children.Select(n => (n.Label, n.Count)));
        // README "Totals that do agree": 4 + 11 = 15 with no campaign in both groups.
        Assert.Empty(Code("presentations").Campaigns.Intersect(Code("interactive interventions").Campaigns));
    }

    [Fact]
    public void MediaClinicalDecisionSupportAndOther_SubTypes_AreTheReviews()
    {
        // "social media, television commercials, newspapers, press releases, and a podcast" (no counts in the review)
        Assert.Equal(["social media", "television commercials", "newspapers", "press releases", "podcasts"],
            Code("media").Children.Select(n => n.Label));
        Assert.All(Code("media").Children, n => Assert.True(n.Count > 0, n.Label));
        // "Two campaigns used undefined CDSs (Coombs …; Morgan …), … alerts (Zafar …), reminders (Eccles …), and
        // best practice cards (K. Y. Wang et al.2021)"
        Assert.Equal([("undefined clinical decision support", 2), ("alerts", 1), ("reminders", 1), ("best practice cards", 1)],
            Code("clinical decision support").Children.Select(n => (n.Label, n.Count)));
        Assert.Equal(["coombs2021", "morgan2019", "zafar2019", "eccles2001", "wang2021"],
            Code("clinical decision support").Children.SelectMany(n => n.Campaigns).Select(c => c.Id));
        // "feedback … (n= 7), audits … (n= 5), follow‐ups … (n= 3) and DVD recordings … (n= 2)" (README entry 15)
        Assert.Equal(
            [("feedback on referral patterns and behaviour", 7), ("audits of images ordered", 5),
             ("follow\u2010ups on clinicians attending in\u2010person interventions", 3), ("DVD recordings from workshops and conferences", 2)],
            Code("other strategies").Children.Select(n => (n.Label, n.Count)));
    }

    [Fact]
    public void Flow_HasTheReviewsSearchCounts()
    {
        var flow = Aggregates.Flow;

        // "The initial database search identified 1013 resources, and 74 were identified from the grey
        // literature, making a total of 1087 … six additional resources … hand search … 26 resources included"
        Assert.Equal(1013, flow["database_results"]);
        Assert.Equal(74, flow["website_results"]);
        Assert.Equal(1087, flow.IdentifiedInInitialSearch);
        Assert.Equal(6, flow.FromCitationSearching);
        // Issue 15: PRISMA counts the 24 campaigns (studies) apart from their 26 resources (reports).
        Assert.Equal(24, flow.IncludedStudies);
        Assert.Equal(26, flow.IncludedReports);
        // README entry 4: the review gives no screening counts, so none is invented.
        Assert.Null(flow["records_screened"]);
        Assert.Null(flow["duplicates"]);
    }

    [Fact]
    public void Table2Abbreviations_AreExactlyTheReviewsList()
    {
        // The 21 entries under Table 2 in review.txt, alphabetically (README entry 6: the review puts MRI after NSLBP).
        string[] reviewList =
        [
            "ACP = American College of Physicians", "ACR = American College of Radiology", "APS = American Pain Society",
            "AUS = Australia", "CA = Canada", "CT = computerised tomography", "CW = Choosing Wisely",
            "GP = General Practitioner", "LBP = low back pain", "MRI = magnetic resonance imaging",
            "NICE = National Institute for Health and Care Excellence", "NLD = Netherlands", "NPS = National Prescribing Service",
            "NSLBP = non\u2010specific low back pain", "NSW = New South Wales", "RCGP = Royal College of General Practitioners",
            "RCR = Royal College of Radiologists", "RSCAN = Radiology Support, Communication and Alignment Network",
            "SWE = Sweden", "UK = United Kingdom", "USA = United States of America",
        ];
        var line = BuiltReview.Shipped.Text("table2.md").Split('\n').Single(l => l.StartsWith("Abbreviations: ", StringComparison.Ordinal));

        var text = MarkdownReader.ParagraphText(line);

        Assert.Equal(reviewList, text["Abbreviations: ".Length..^1].Split("; "));
    }
}
