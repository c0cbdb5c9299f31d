using System.Globalization;
using System.Text;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// A realistic manuscript in the Markdown forms the templates produce: sections, a figure, a long landscape
/// Table 2 (30 rows by 9 columns) and a table of hostile values from "data", escaped for Markdown on the way
/// in as the templates do.
/// </summary>
internal static class TestManuscript
{
    public const int Table2Rows = 30;
    public static readonly string[] Table2Header =
        ["Study", "Country", "Campaign", "Audience", "Duration", "Media", "Strategies", "Outcomes", "Effect"];
    public const string Table2Caption = "Characteristics of included campaigns";
    public const string NoteStart = "Abbreviations:";

    /// <summary>Values that must come out of TeX exactly as they went in (after Unicode mapping).</summary>
    public static readonly (string Data, string Printed)[] Hostile =
    [
        (@"\input{/etc/passwd}", @"\input{/etc/passwd}"),
        (@"\write18{rm -rf /}", @"\write18{rm -rf /}"),
        (@"\def\x{y}", @"\def\x{y}"),
        ("$x^2$", "$x^2$"),
        ("100% & #1 _a_ ~{}", "100% & #1 _a_ ~{}"),
        ("a--b and c---d", "a--b and c---d"),
        ("low\u2010back", "low-back"),
        ("\u201cquoted\u201d and \u2018single\u2019", "\u201cquoted\u201d and \u2018single\u2019"),
        ("G\u00f6teborg", "G\u00f6teborg"),
        ("\u2265 18 years", "\u2265 18 years"),
        ("1\u20132 weeks", "1\u20132 weeks"),
        ("| pipe <tag> [x] *star* `tick`", "| pipe <tag> [x] *star* `tick`"),
    ];

    public static string StudyMarker(int row) => string.Create(CultureInfo.InvariantCulture, $"Study{row:00}");

    public static string Markdown()
    {
        var md = new StringBuilder();
        md.Append("""
            ## Introduction {#sec-introduction}

            Mass media campaigns try to change what a whole population believes about a condition. This review maps
            the campaigns that have been evaluated, the strategies they used and the outcomes they measured.

            ## Methods {#sec-methods}

            We followed the protocol registered at [OSF](https://osf.io/abc12/?view_only=1&x=2_3#methods) and report
            the flow of records in Figure 1.

            ^^^
            ![PRISMA 2020 flow diagram](prisma.svg){#fig-prisma}
            ^^^ Figure 1. PRISMA 2020 flow diagram

            ## Results {#sec-results}

            Table 2 lists the included campaigns; Table 3 shows values copied from the data.


            """);

        md.Append("::: {#tbl-campaigns .table .landscape widths=\"11,9,14,10,9,12,15,13,8\"}\n");
        md.Append("Table 2. ").Append(Table2Caption).Append("\n\n");
        md.Append("| ").AppendJoin(" | ", Table2Header).Append(" |\n");
        md.Append('|').Append(string.Concat(Enumerable.Repeat("---|", Table2Header.Length))).Append('\n');
        for (var row = 1; row <= Table2Rows; row++)
            md.Append("| ").AppendJoin(" | ", Table2Row(row).Select(Escape)).Append(" |\n");
        md.Append('\n').Append(NoteStart)
            .Append(" AU = Australia; CA = Canada; NO = Norway; UK = United Kingdom; TV = television.\n:::\n\n");

        md.Append("::: {#tbl-hostile .table widths=\"1,3\"}\nTable 3. Values copied from the data\n\n| Case | Value |\n|---|---|\n");
        for (var i = 0; i < Hostile.Length; i++)
            md.Append(CultureInfo.InvariantCulture, $"| Case {i + 1} | ").Append(Escape(Hostile[i].Data)).Append(" |\n");
        md.Append("\nEvery value above is printed as it appears in the data.\n:::\n\n");

        md.Append("## Discussion {#sec-discussion}\n\nCampaigns differed more in their media than in their messages.\n");
        return md.ToString();
    }

    private static string[] Table2Row(int row)
    {
        var countries = new[] { "AU", "CA", "NO", "UK" };
        var media = row % 5 == 0
            ? $"TV; radio; https://example.org/campaigns/evaluation-reports/{row}/final-report.html"
            : "TV; radio; print; billboards";
        return
        [
            $"{StudyMarker(row)} et al. ({1990 + row})",
            countries[row % countries.Length],
            $"Back pain: don't take it lying down (wave {row})",
            row % 2 == 0 ? "Adults \u2265 18 years" : "General population",
            $"{row % 6 + 1}\u2013{row % 6 + 7} months",
            media,
            "Advice to stay active; myth busting about imaging; electroencephalographically irrelevant counselling",
            "Beliefs about back pain (Back Beliefs Questionnaire); work absence",
            row % 3 == 0 ? "No change" : "Improved",
        ];
    }

    /// <summary>Escapes every ASCII punctuation character, as templates do with text from data.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > '~' || char.IsWhiteSpace(c)) escaped.Append(c);
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }
}
