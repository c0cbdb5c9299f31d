namespace ReportGen.Tests.Templating.Functions;

/// <summary>label_for, abbr, spell_out, guideline_name and table_abbreviations over the shipped review's model.</summary>
public class WordingFunctionsTests
{
    private static string Render(string template)
    {
        using var folder = new TemplateFolder();
        var (output, diagnostics) = folder.RenderText(template);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        return Literal(output);
    }

    /// <summary>The Markdown's text: data arrives with its punctuation escaped.</summary>
    private static string Literal(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, @"\\(\p{P}|\p{S})", "$1");

    private static string[] Errors(string template)
    {
        using var folder = new TemplateFolder();
        return folder.RenderText(template).Diagnostics;
    }

    [Fact]
    public void LabelFor_ChoosesTheFormByTheItemsCount()
    {
        // symposia and seminars are used by one campaign each, pamphlets by two, copies of CPGs by ten.
        var text = Render("""
            {{~ leaves = methods[1].leaves ~}}
            {{ for l in leaves }}{{ label_for l }} ({{ l.count }}); {{ end }}
            {{ label_for methods[0].leaves[0] }}, {{ label_for methods[0].leaves[4] }}, {{ label_for methods[0].leaves[4] 1 }}
            """);

        Assert.Contains("a seminar (1); a conference (1); a symposium (1);", text);
        Assert.Contains("a presentation and webinar (1);", text);
        Assert.Contains("workshops (3); training sessions (5);", text);
        Assert.Contains("pamphlets, copies of CPGs or recommendations, a copy of CPGs or recommendations", text);
    }

    [Fact]
    public void LabelFor_WithoutALabelledItem_IsRG241AtItsLine()
    {
        var errors = Errors("x\n{{ label_for \"symposia\" }}");

        Assert.Contains(errors, e => e.StartsWith("templates/t.sbn:2:4: error RG241: label_for needs a value, code or count with a label, not the text 'symposia'.", StringComparison.Ordinal));
    }

    [Fact]
    public void Abbr_SpellsOutTheFirstUseOnly_InTheFormWritten()
    {
        var text = Render("""{{ abbr "CPGs" }}; {{ abbr "CPG" }}; {{ abbr "CPGs" }}; {{ abbr "LBP" true }}; {{ abbr "LBP" }}""");

        Assert.Equal("clinical practice guidelines (CPGs); CPG; CPGs; Low back pain (LBP); LBP", text.Trim());
    }

    [Fact]
    public void Abbr_StartsAfreshInEachDocument()
    {
        using var folder = new TemplateFolder();
        folder.Write("a.sbn", """{{ abbr "ACP" }}, {{ abbr "ACP" }}""");

        Assert.Equal("American College of Physicians (ACP), ACP", Literal(folder.Render("a.sbn").Output ?? "").Trim());
        Assert.Equal("American College of Physicians (ACP), ACP", Literal(folder.Render("a.sbn").Output ?? "").Trim());
    }

    [Fact]
    public void Abbr_WhenTheGlossaryLacksIt_IsRG240()
    {
        var errors = Errors("""{{ abbr "XYZs" }}""");

        Assert.Contains(errors, e => e.StartsWith("templates/t.sbn:1:4: error RG240: abbr 'XYZs': no entry of abbreviations.csv has this abbreviation or its plural.", StringComparison.Ordinal));
    }

    [Fact]
    public void SpellOut_ExpandsEachAbbreviationOfADataValueAtItsFirstUse()
    {
        var text = Render("""{{ spell_out review.topic }} / {{ spell_out "CPGs for LBP and NSLBP" }}""");

        Assert.Equal("imaging for low back pain (LBP) / clinical practice guidelines (CPGs) for LBP and non‐specific low back pain (NSLBP)", text.Trim());
    }

    [Fact]
    public void GuidelineName_GivesTheAbbreviationOnceThenUsesIt_AcrossGuidelinesSharingIt()
    {
        var text = Render("""
            {{~ g = guidelines ~}}
            {{ guideline_name g[0] }} | {{ guideline_name g[5] }} | {{ guideline_name g[2] }} | {{ guideline_name g[2] }} | {{ guideline_name g[3] }}
            """);

        Assert.Equal("the National Health and Medical Research Council (NHMRC) Guidelines 2003 | the Australian NHMRC Guidelines 2003 | " +
                     "the American College of Radiology (ACR) Appropriateness Criteria | the ACR Appropriateness Criteria | " +
                     "the Dutch Chain Care Guideline for non‐specific LBP Complaints", text.Trim());
    }

    [Fact]
    public void TableAbbreviations_ListsTheEntriesTable2Uses_NotThoseOnlyTheTextUses()
    {
        var text = Render("{{ table_abbreviations }}");

        Assert.StartsWith("ACP = American College of Physicians; ACR = American College of Radiology; APS = American Pain Society;", text);
        Assert.DoesNotContain("CPG", text);
        Assert.DoesNotContain("NHMRC", text);
        Assert.EndsWith("UK = United Kingdom; USA = United States of America", text.Trim());
    }
}
