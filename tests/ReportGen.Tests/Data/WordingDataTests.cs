
namespace ReportGen.Tests.Data;

/// <summary>The wording columns of the list files (singular and plural labels, descriptions, guideline abbreviations) and the inferred cells.</summary>
public class WordingDataTests
{
    [Fact]
    public void Load_ShippedCodebook_GivesSingularPluralAndDescription()
    {
        using var folder = ReviewCopy.OfData(RepoPaths.Data);

        var (review, diagnostics) = folder.Load();

        Assert.NotNull(review);
        Assert.DoesNotContain(diagnostics, d => d.Contains("error", StringComparison.Ordinal));
        var symposia = review.Codebook.Single(c => c.Id == "symposia");
        Assert.Equal(("symposia", "a symposium", "symposia"), (symposia.Wording.Text, symposia.Wording.For(1), symposia.Wording.For(2)));
        var webinar = review.Codebook.Single(c => c.Id == "presentation_webinar");
        Assert.Equal("presentations and webinars", webinar.Wording.For(0));
        // Without the columns, every form is the label.
        var media = review.Codebook.Single(c => c.Id == "social_media");
        Assert.Equal(("social media", "social media"), (media.Wording.For(1), media.Wording.For(3)));
        Assert.Equal("additional dissemination strategies that did not fit the method categories",
            review.Codebook.Single(c => c.Id == "other").Description);
        Assert.Equal("ACR", review.Guidelines.Single(g => g.Id == "acr").Abbreviation);
        var cpg = review.Abbreviations.Single(a => a.Short == "CPG");
        Assert.Equal(("CPGs", "clinical practice guidelines"), (cpg.Plural, cpg.ExpansionPlural));
    }

    [Fact]
    public void Load_WhenAGuidelinesAbbreviationIsNotInTheGlossary_ReportsRG084WithTheNearest()
    {
        using var folder = ReviewCopy.OfData(RepoPaths.Data);
        folder.Replace("data/guidelines.csv", "guidelines,ACP,ACP,yes", "guidelines,ACPP,ACP,yes");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        var error = Assert.Single(diagnostics, d => d.Contains("RG084", StringComparison.Ordinal));
        Assert.Matches(@"^data/guidelines\.csv:8:51: error RG084: abbreviation 'ACPP' is not in abbreviations\.csv; did you mean 'ACP'\?", error);
    }

    [Fact]
    public void Load_WhenAGuidelinesNameLacksTheExpansion_ReportsRG085()
    {
        using var folder = ReviewCopy.OfData(RepoPaths.Data);
        folder.Replace("data/guidelines.csv", "acp,the American College of Physicians guidelines,", "acp,the ACP guidelines,");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        var error = Assert.Single(diagnostics, d => d.Contains("RG085", StringComparison.Ordinal));
        Assert.Contains("error RG085: the name 'the ACP guidelines' does not contain 'American College of Physicians'", error);
    }

    [Fact]
    public void Load_WhenAnInferredCellNamesAnUnknownField_ReportsRG086AtTheCell()
    {
        using var folder = ReviewCopy.OfData(RepoPaths.Data);
        folder.Replace("data/campaigns.csv", ",duration_type; strategies; key_message,\"inferred: one-time (duration UNVERIFIED)",
            ",duration_typ; strategies; key_message,\"inferred: one-time (duration UNVERIFIED)");

        var (review, diagnostics) = folder.Load();

        Assert.Null(review);
        var error = Assert.Single(diagnostics, d => d.Contains("RG086", StringComparison.Ordinal));
        Assert.Matches(@"^data/campaigns\.csv:2:\d+: error RG086: 'duration_typ' is not a field of fields\.csv; did you mean 'duration_type'\?", error);
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("no", true)]
    [InlineData("off", false)]
    public void Load_MarkInferred_AcceptsTrueOrFalseOnly(string value, bool valid)
    {
        using var folder = ReviewCopy.OfData(RepoPaths.Data);
        folder.Replace("data/review.csv", "mark_inferred,true", "mark_inferred," + value);

        var (review, diagnostics) = folder.Load();

        if (valid)
        {
            Assert.NotNull(review);
            Assert.False(review.Info.MarksInferred);
        }
        else
        {
            Assert.Null(review);
            Assert.Contains(diagnostics, d => d.Contains("error RG087: mark_inferred 'off' is neither 'true' nor 'false'", StringComparison.Ordinal));
        }
    }
}
