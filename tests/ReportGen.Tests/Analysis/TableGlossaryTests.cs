using ReportGen.Analysis;
using ReportGen.Model;

namespace ReportGen.Tests.Analysis;

public class TableGlossaryTests
{
    /// <summary>A review whose one campaign has the given name in Table 2, and the given glossary.</summary>
    private static TableGlossary Glossary(string campaignName, params string[] glossary)
    {
        var review = new ReviewBuilder().Code("m").Code("leaf", "m").Campaign("c1", "leaf").Build();
        var campaign = review.Campaigns[0];
        var cells = new Dictionary<string, FieldCell>(campaign.Cells)
        {
            ["name"] = campaign.Cells["name"] with { Text = campaignName },
        };
        review = review with
        {
            Campaigns = [campaign with { Cells = cells }],
            Abbreviations = [.. glossary.Select(a => new Abbreviation(a, "expansion of " + a, new SourceRef("abbreviations.csv", 2)))],
        };
        return ReviewAnalyzer.Analyze(review).TableGlossary;
    }

    [Fact]
    public void Of_WhenAnAbbreviationIsPlural_CountsItAsAUseOfTheEntry()
    {
        // Issue 15: "GPs" in a cell was neither counted as a use of GP nor flagged.
        var glossary = Glossary("Letters to GPs; two RCTs", "GP", "RCT", "CT");

        Assert.Equal(["GP", "RCT"], glossary.Used.Select(a => a.Short));
        Assert.Empty(glossary.Unknown);
    }

    [Fact]
    public void Of_WhenAPluralIsNotInTheGlossary_ReportsItsSingularAtTheCell()
    {
        var glossary = Glossary("Three CPGs and the NHS", "GP");

        Assert.Equal(["CPG", "NHS"], glossary.Unknown.Select(u => u.Word));
        Assert.All(glossary.Unknown, u => Assert.Equal(" (column 'name' of campaign 'c1')", u.Where));
    }

    [Fact]
    public void Of_FindsAbbreviationsInTheTableOnly_NotInFieldsTheTableLeavesOut()
    {
        // 'incentives' is declared without a Table 2 column in the builder's fields.
        var review = new ReviewBuilder().Code("m").Code("leaf", "m").Campaign("c1", "leaf", incentives: "MIPS bonus").Build();
        review = review with { Abbreviations = [new Abbreviation("MIPS", "Merit-based Incentive Payment System", new SourceRef("abbreviations.csv", 2))] };

        var glossary = ReviewAnalyzer.Analyze(review).TableGlossary;

        Assert.Empty(glossary.Used);
        Assert.Empty(glossary.Unknown);
    }

    [Fact]
    public void Occurs_DoesNotMatchInsideALongerWord()
    {
        Assert.False(TableGlossary.Occurs("GP", "GPS devices"));
        Assert.False(TableGlossary.Occurs("CT", "CTX"));
        Assert.True(TableGlossary.Occurs("CT", "CTs and MRI"));
    }
}
