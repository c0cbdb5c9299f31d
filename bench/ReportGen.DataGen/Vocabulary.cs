namespace ReportGen.DataGen;

/// <summary>
/// Word pools for the synthetic cells, written in the style of the shipped review (guideline dissemination
/// campaigns on imaging for low back pain). Every capitalised abbreviation used here is in the shipped glossary,
/// so the synthetic review builds without RG210 warnings.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] CommonFamilies =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Smith", "Johnson", "Williams",
        "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
        "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
        "Cooper", "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Ward", "Watson", "Brooks", "Wood", "Bennett",
        "Gray", "Hughes", "Price", "Foster", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Hoffmann", "Schröder", "Koch", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Sørensen",
        "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindström",
        "Åberg", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "de Boer", "Mulder",
        "de Jong", "Kim", "Lee", "Park", "Choi", "Sato", "Suzuki", "Takahashi", "Tanaka", "Nguyen", "Tran", "García",
        "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Silva", "Santos", "Oliveira",
        "Costa", "Rossi", "Russo", "Ferrari", "Bianchi", "Dubois", "Lefèvre", "Moreau", "O’Connor", "O’Brien",
        "MacLeod", "McKenzie", "Buchbinder", "Maher", "Hancock", "Hartvigsen", "Underwood", "van Tulder", "Koes",
        "Chou", "Deyo", "Jarvik", "Kendrick", "Oakeshott", "Kerry", "Eccles", "Grimshaw", "French", "Jenkins",
    ];

    /// <summary>Syllables for surnames outside the common pool, so most first authors are rare, as in real reviews.</summary>
    public static readonly string[] Syllables =
    [
        "ka", "ro", "ber", "lin", "ste", "van", "mo", "ha", "rin", "do", "mer", "ta", "sen", "ko", "li", "an", "gu",
        "ler", "man", "vi", "zo", "ne", "tor", "bi", "sa", "hol", "den", "mi", "ra", "wes", "ton", "fel", "dahl",
    ];

    public static readonly string[] Organisations =
    [
        "NPS MedicineWise", "Choosing Wisely Australia", "Agency for Clinical Innovation",
        "American College of Radiology", "Royal College of Radiologists", "National Institute for Health and Care Excellence",
    ];

    public static readonly string[] TitleOpenings =
    [
        "Effect of", "Effectiveness of", "Evaluation of", "Impact of", "Implementing", "A cluster randomised trial of",
        "Process evaluation of", "Cost-effectiveness of", "Long-term outcomes of", "Feasibility and acceptability of",
        "Sustainability of", "Lessons from",
    ];

    public static readonly string[] TitleInterventions =
    [
        "a multifaceted intervention", "audit and feedback", "clinical decision support alerts", "a mass media campaign",
        "postal dissemination of radiology referral guidelines", "educational outreach visits", "a GP training session",
        "a patient education booklet", "Choosing Wisely recommendations", "peer comparison report cards",
        "a webinar series for radiology practices", "a national quality improvement program",
        "reminder messages on radiology reports", "a theory-informed implementation intervention",
    ];

    public static readonly string[] TitleOutcomes =
    [
        "to reduce lumbar spine imaging", "on general practitioner referrals for radiography", "on MRI orders for low back pain",
        "on low-value imaging for acute low back pain", "on CT of the lumbar spine",
        "on guideline adherence among physiotherapists and chiropractors", "on imaging requests for non-specific low back pain",
        "on the appropriateness of advanced imaging orders",
    ];

    public static readonly string[] Settings =
    [
        "in primary care", "in emergency departments", "in chiropractic practice", "across hospitals in New South Wales",
        "in a regional health service", "in community health centres", "in academic and private radiology practices",
        "in general practice", "in physiotherapy clinics", "in an integrated health system",
    ];

    public static readonly string[] Designs =
    [
        ": a cluster randomised trial", ": an interrupted time series analysis", ": a stepped-wedge trial",
        ": a before-and-after study", ": a retrospective cohort study", ": protocol for a randomised controlled trial",
        ": a qualitative study", ": a mixed-methods evaluation", "",
    ];

    public static readonly string[] Journals =
    [
        "BMC Health Services Research", "Implementation Science", "Spine", "BMJ Quality & Safety",
        "Journal of the American College of Radiology", "British Journal of General Practice", "Family Practice",
        "Clinical Radiology", "PLoS One", "Trials", "Journal of General Internal Medicine",
        "American Journal of Roentgenology", "Pain", "The Lancet", "Emergency Medicine Australasia",
        "Journal of Manipulative and Physiological Therapeutics", "Australian Journal of General Practice",
        "Canadian Family Physician", "European Spine Journal", "Musculoskeletal Science and Practice",
        "Linköping University (doctoral thesis)",
    ];

    public static readonly string[] Programs =
    [
        "Educational intervention for chiropractors", "Choosing Wisely campaign on LBP imaging", "Guideline mailing trial",
        "Audit and feedback programme", "Clinical decision support roll-out", "Mass media campaign on back pain",
        "GP training and booklet programme", "Radiology referral feedback project",
        "Emergency department model of care for acute LBP", "RSCAN imaging project", "Physiotherapy best-practice model",
        "Quality improvement collaborative on spinal imaging", "NPS MedicineWise LBP program",
        "Peer comparison report cards for MRI orders", "Webinar series on appropriate imaging",
        "Academic detailing on CT and MRI for LBP", "Reminder messages on X-ray reports",
    ];

    public static readonly string[] Places =
    [
        "southern Ontario", "Victoria", "NSW", "Houston", "north-west England", "Wales", "Östergötland",
        "Amsterdam region", "three county clinics", "eight primary care practices", "27 academic and private practices",
        "one academic emergency department", "Stockholm", "Queensland", "Alberta", "six radiology departments",
        "St George’s, London", "one region of Scotland", "four NSW hospitals", "a national primary care network",
    ];

    public static readonly string[] PurposeVerbs =
    [
        "Reduce", "Decrease", "Improve the appropriateness of", "Change", "Lower the rate of", "Curb",
    ];

    public static readonly string[] PurposeTargets =
    [
        "GP requests for lumbar spine radiographs", "non-indicated imaging for LBP", "MRI orders for LBP without red flags",
        "CT of the lumbar spine in emergency departments", "X-ray referrals from general practice",
        "advanced imaging for non-specific LBP", "low-value imaging for acute LBP",
    ];

    public static readonly string[] PurposeClauses =
    [
        ", measured by lumbosacral CT claims", " with locally produced guidelines", " in line with the ACP/APS 2007 guideline",
        " by mailing the RCR guidelines", " with a multifaceted intervention", " and increase advice to stay active",
        " among clinicians and their patients", " using the RSCAN portal", ", with NSW as the control state", "",
    ];

    public static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

    public static readonly string[] DurationPhrases =
    [
        "Not reported", "Single mailing; outcomes over {0} weeks", "{0}-month intervention with 6-monthly feedback",
        "At least two facilitated workshop sessions", "One GP training session; booklet used for at least {0} months",
        "Launch around publication", "Baseline, educational and post-educational phases over {0} months",
    ];

    public static readonly string[] KeyMessages =
    [
        "Imaging is rarely needed for non-specific acute LBP", "X-rays are rarely needed; advise patients to stay active",
        "Refer for lumbar spine MRI only when red flags are present", "Avoid routine CT for LBP in the emergency department",
        "Follow the NICE guideline: no imaging for NSLBP in primary care",
        "Order MRI only as the ACR Appropriateness Criteria advise", "Refer for radiography as the RCR guidelines advise",
        "Adhere to the RCGP guidelines, which discourage early investigation",
        "Use RSCAN to check imaging orders against the CW recommendations",
        "Stay active; imaging does not change the management of NSLBP",
        "Order lumbar spine MRI for LBP only as the ACP/APS 2007 guideline advises",
        "NPS MedicineWise: a GP rarely needs CT or MRI for LBP", "Manage acute LBP in NSW emergency departments without imaging",
    ];

    public static readonly string[] KeyMessageEndings =
    [
        "", "", ", and reassure patients", "; simple analgesics first", ", and review at four weeks",
        "; explain why with a decision tree", ", and refer red flags urgently",
    ];

    public static readonly string[] Incentives =
    [
        "Merit-based incentive payment scheme: completing an RSCAN project counts as an improvement activity in Medicare’s Merit-based Incentive Payment System",
        "Continuing professional development points for each GP who attended", "Payment to practices that met the imaging target",
    ];

    public static readonly string[] Disincentives =
    [
        "Imaging requests without a documented indication were returned to the GP",
        "Reduced reimbursement for MRI ordered without red flags",
    ];

    public static readonly string[] Provenances =
    [
        "inferred: sustained (repeated sessions over the study period)", "UNVERIFIED: co-authors recalled, not confirmed by a source",
        "inferred: one-time (a single mailing); key message inferred from the purpose",
        "inferred: strategies coded from the methods section (form UNVERIFIED)",
        "Companion report: the trial protocol, counted among the resources",
        "inferred: clinicians and the public, to meet the review's totals (whether patient materials were used is UNVERIFIED)",
        "guidelines UNVERIFIED: inferred from the country and year of the campaign",
        "Author list incomplete: initials and co-authors not in the sources; 'et al.' implies three or more authors",
        "UNVERIFIED: volume and pages; DOI not seen", "title and journal from the publisher's page; year from the review's citation",
    ];

    /// <summary>A provenance cell like the shipped ones: one to <paramref name="most"/> notes, or none.</summary>
    public static string Provenance(Random random, double probability, int most) =>
        random.NextDouble() < probability
            ? string.Join("; ", Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => Provenances[random.Next(Provenances.Length)]).Distinct())
            : "";

    public static readonly string[] ExclusionReasons =
    [
        "Not a dissemination campaign", "No imaging guideline", "Not low back pain", "Conference abstract only",
        "No outcome on imaging",
    ];

    public static readonly string[] Databases = ["MEDLINE", "CINAHL", "Cochrane Reviews", "Scopus", "Embase", "Web of Science"];

    public static readonly string[] Registers = ["ClinicalTrials.gov", "ANZCTR", "ISRCTN"];
}
