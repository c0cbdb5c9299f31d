using ReportGen.Tests.Build;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// Every number of the Abstract, Methods and Results of shared/spec/review.txt, found in the built manuscript.md
/// in the section and the phrase it belongs to (issue 3). The review's wording is quoted in each comment; the
/// phrase is the manuscript's. Where the review disagrees with itself, the phrase holds the data's figure and
/// the comment names the data/README.md entry ("README n").
/// Left out because no data file holds them (they are method facts, not counts of the charted data): the
/// "five‐step" framework and its steps (1)–(5), "One researcher", "Two articles were sent to each author",
/// the "two‐phase" analysis, and "Two articles were discussed prior to being excluded" (README 4: the review
/// reports no exclusion counts).
/// </summary>
public class ManuscriptNumbersTests
{
    public static TheoryData<string, string> Numbers => new()
    {
        // Abstract: "The initial search identified 1087 resources."
        { "sec-abstract", "The initial search identified 1087 resources." },
        // Abstract: "26 resources were included for final synthesis" (README 3: 26 resources make 24 campaigns)
        { "sec-abstract", "26 resources describing 24 campaigns were included for final synthesis" },
        // Abstract: "the following three key components … as defined by five methods (educational resources,
        // presentations and interactive interventions, media form, clinical decision support, and other)" (README 14:
        // the third method has the Results' name)
        { "sec-abstract", "categorised into three key components" },
        { "sec-abstract", "as defined by five methods (educational resources, presentations and interactive interventions, media, clinical decision support, and other strategies)" },
        // Abstract: "educational resources and interactive interventions were the most commonly used strategies" (README 12),
        // a list with each method's count rather than labels joined by bare "and"s (issue 16)
        { "sec-abstract", "The most commonly used method was educational resources (18 campaigns), followed by presentations and interactive interventions (15 campaigns), with media the least used (four campaigns)." },

        // Methods: "The research team discussed the first 10 papers"
        { "sec-methods", "The research team discussed the first 10 papers" },
        // Methods: "The first 100 results from our Google and Google Scholar searches were screened."
        { "sec-methods", "The first 100 results from each web search were screened." },
        // Methods: "The search was completed by February 2024."
        { "sec-methods", "The search was completed by February 2024." },
        // Methods: "The final key component identified five potential methods of dissemination, including: (1)
        // educational resources … and (5) other"
        { "sec-methods", "The final key component identified five potential methods of dissemination, including: (1) educational resources (e.g." },
        { "sec-methods", "(5) other strategies (e.g." },
        // Methods: the first use of CPGs and LBP in the text is spelt out (issue 16)
        { "sec-methods", "the implementation of clinical practice guidelines (CPGs) in imaging for low back pain (LBP)." },

        // Results, search: "The initial database search identified 1013 resources, and 74 were identified from the
        // grey literature, making a total of 1087." (README 5: the grey literature is not a database)
        { "sec-results", "The initial database search identified 1013 resources, and 74 were identified from the grey literature, making a total of 1087." },
        // Results, search: "six additional resources were identified from a hand search … resulting in 26 resources"
        // (README 4: the abstract's "title, abstract and full‐text screen" left as the review has it)
        { "sec-results", "six additional resources were identified from a hand search of included systematic reviews, resulting in 26 resources included for the final synthesis." },

        // Results, location: "Canada (n= 3) (Ammendolia et al.2004; Cheng et al.2017; Khoury et al.2019), …"
        { "sec-results", "Canada (n = 3) (Ammendolia et al., 2004; Cheng et al., 2017; Khoury et al., 2019)" },
        // "Australia (n= 7) (… French et al.2013,2022; Jenkins, French, et al.2022; Jenkins, French, et al.2022; …)":
        // README 2, the two Jenkins 2022 papers are 2022a and 2022b; the companion resources of README 3 are cited too.
        { "sec-results", "Australia (n = 7) (Buchbinder and Jolley, 2007; Coombs et al., 2021; French et al., 2013, 2022; Jenkins et al., 2022a, 2022b; Morgan et al., 2019)," },
        // "United States of America (n= 5) (… K. Y. Wang et al.2018,2021; …)": the initials tell Wang from the
        // Discussion's Y. X. J. Wáng, who is not among the included resources, so they are not needed here.
        { "sec-results", "United States of America (n = 5) (Rezaii et al., 2020; Schectman et al., 2003; Wang et al., 2018, 2021; Zafar et al., 2019)" },
        { "sec-results", "United Kingdom (n = 7) (Buchbinder et al., 2020; Dey et al., 2004; Eccles et al., 2001; Kerry et al., 2000; Matowe et al., 2002; Oakeshott et al., 1994; Robling et al., 2002)" },
        { "sec-results", "Netherlands (n = 1) (Suman et al., 2018), and Sweden (n = 1) (Schröder, 2021)" },

        // Results, campaign details: "Twenty‐four campaigns were identified in the 26 included resources. Of the 24
        // campaigns, 15 campaigns targeted clinicians only. Nine campaigns targeted clinicians and the public."
        { "sec-results", "Twenty-four campaigns were identified in the 26 included resources." },
        { "sec-results", "Of the 24 campaigns, 15 targeted clinicians only (62.5%) and nine targeted clinicians and the public (37.5%)." },
        // "Eleven campaigns were one‐time strategies … Thirteen campaigns were sustained"
        { "sec-results", "Eleven campaigns were one\u2010time and 13 campaigns were sustained." },

        // Results, guidelines: "The CPGs disseminated in these campaigns were …", each with its n, in the review's
        // order (README 9 and 10 say how the data meets these counts).
        { "sec-results", "The CPGs disseminated in these campaigns were the National Health and Medical Research Council (NHMRC) Guidelines 2003 (n = 1), " },
        { "sec-results", ", Choosing Wisely (CW) (n = 5), " },
        { "sec-results", ", the American College of Radiology (ACR) Appropriateness Criteria (n = 3), " },
        { "sec-results", ", the Dutch Chain Care Guideline for non\u2010specific LBP Complaints (n = 2), " },
        { "sec-results", ", the National Institute for Health and Care Excellence (NICE) guidelines (n = 3), " },
        { "sec-results", ", the Australian NHMRC Guidelines 2003 (n = 1), " },
        { "sec-results", ", the American College of Physicians (ACP) guidelines (n = 6), " },
        { "sec-results", ", the Royal College of General Practitioners (RCGP) Guidelines (n = 2), " },
        { "sec-results", ", the Danish National Clinical Guidelines for non\u2010surgical treatment of LBP (n = 2), " },
        { "sec-results", ", The Back Book UK 1996 (n = 1), " },
        { "sec-results", ", the Australian Acute Musculoskeletal Pain Guidelines 2003 (n = 1), " },
        { "sec-results", ", and the UK Royal College of Radiologists (RCR) guidelines (n = 5)." },
        // "The most referenced CPGs were ACP, CW, and the UK Royal College of Radiologists." (6, 5 and 5)
        { "sec-results", "The most referenced CPGs were the ACP guidelines (n = 6), CW (n = 5), and the UK RCR guidelines (n = 5)." },
        // "Additional CPGs were included in three campaigns; however, they were unable to be identified (…)"
        { "sec-results", "Additional CPGs were included in three campaigns; however, they could not be identified (Ammendolia et al., 2004; Coombs et al., 2021; Schectman et al., 2003)." },

        // Results, strategies: "Multiple dissemination strategies were implemented by the 24 campaigns. Two campaigns
        // used a single method … The remaining 22 campaigns used multiple strategies" (README 13)
        { "sec-results", "Twenty-two of the 24 campaigns used more than one method of dissemination." },
        { "sec-results", "Two campaigns used a single method of dissemination: presentations and interactive interventions (Cheng et al., 2017) and educational resources (Khoury et al., 2019)." },
        // "Three studies looked at merit‐based incentive schemes … (Rezaii et al.2020; K. Y. Wang et al.2018,2021)" (README 11)
        { "sec-results", "Three studies looked at incentive schemes providing payments for following CPGs (Rezaii et al., 2020; Wang et al., 2018, 2021)." },

        // Results, educational resources: "used by 18 of the 24 campaigns (75%). This included pamphlets (n= 2),
        // booklets (n= 2), posters in practices and departments (n= 2), and infographics (n= 1). A copy of CPGs or
        // recommendations was used in 10 campaigns … Four campaigns implemented educational packages … and one campaign
        // used educational videos. Five campaigns used a website"
        { "sec-results", "Dissemination through educational resources was the most common method, used by 18 of the 24 campaigns (75%)" },
        { "sec-results", "This included pamphlets (n = 2), booklets (n = 2), posters in practices and departments (n = 2), an infographic (n = 1), copies of CPGs or recommendations (n = 10), educational packages (n = 4), an educational video (n = 1), and websites (n = 5)." },

        // Results, presentations and interactive interventions: "employed by 15 campaigns (62.5%)"; presentations "were
        // used in four campaigns (16.7%), including a presentation and webinar (n= 1), seminar (n= 1), conference
        // (n= 1), and a symposium (n= 1)"; interactive interventions "were used in 11 (46%) campaigns" (README 1: 45.8%)
        // "This included learning sessions (n= 2), meetings (n= 2), feedback sessions (n= 1), workshops (n= 3), and
        // training sessions (n= 5)."
        { "sec-results", "Dissemination through presentations and interactive interventions was used by 15 of the 24 campaigns (62.5%)" },
        { "sec-results", "Four campaigns (16.7%) used presentations, including a presentation and webinar (n = 1), a seminar (n = 1), a conference (n = 1), and a symposium (n = 1)." },
        { "sec-results", "Eleven campaigns (45.8%) used interactive interventions, including learning sessions (n = 2), meetings (n = 2), a feedback session (n = 1), workshops (n = 3), and training sessions (n = 5)." },

        // Results, media: "the least commonly employed strategy. Four campaigns (16.7%) …"; the review gives the five
        // media sub-types without counts (README 14: "media", the Results' name).
        { "sec-results", "Dissemination through media was the least common method, used by 4 of the 24 campaigns (16.7%)" },

        // Results, clinical decision support: "Five campaigns (20.8%) used Clinical decision support (CDSs) … Two
        // campaigns used undefined CDSs …, with the remaining three campaigns utilising alerts …, reminders …, and
        // best practice cards"
        { "sec-results", "used by 5 of the 24 campaigns (20.8%) (Coombs et al., 2021;" },
        { "sec-results", "This included undefined clinical decision support (n = 2), an alert (n = 1), a reminder (n = 1), and a best practice card (n = 1)." },

        // Results, other: "identified in 11 campaigns (46%)" (README 1: 45.8%) "feedback on referral patterns and
        // behaviour (n= 7), audits of images ordered (n= 5), follow‐ups on clinicians attending in‐person
        // interventions (n= 3) and DVD recordings from workshops and conferences (n= 2)" (README 15)
        // "Feedback, audits, follow‐ups and DVD recordings were the additional dissemination strategies identified in 11
        // campaigns (46%) that did not fit the method categories": the codebook's description of "other" (issue 16)
        { "sec-results", "Additional dissemination strategies that did not fit the method categories were identified in 11 of the 24 campaigns (45.8%) (Coombs et al., 2021;" },
        { "sec-results", "This included feedback on referral patterns and behaviour (n = 7), audits of images ordered (n = 5), follow\u2010ups on clinicians attending in\u2010person interventions (n = 3), and DVD recordings from workshops and conferences (n = 2)." },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Manuscript_HasTheReviewsNumber_InItsSectionAndPhrase(string section, string phrase)
    {
        Assert.Contains(phrase, Section(section));
    }

    [Fact]
    public void Manuscript_PrintsPercentagesInOneStyle()
    {
        // README 1: the review prints 11 of 24 as "46%" beside one-decimal figures; the manuscript writes 45.8% only.
        var manuscript = BuiltReview.Shipped.Text("manuscript.md");

        Assert.DoesNotContain("46%", manuscript);
        Assert.Equal(2, Occurrences(manuscript, "(45.8%)"));
    }

    private static string Section(string id) => ManuscriptSections.Section(BuiltReview.Shipped.Text("manuscript.md"), id);

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
