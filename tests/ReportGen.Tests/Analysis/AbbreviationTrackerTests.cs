using ReportGen.Analysis;
using ReportGen.Model;

namespace ReportGen.Tests.Analysis;

public class AbbreviationTrackerTests
{
    private static AbbreviationTracker Tracker(params string[] glossary) =>
        new([.. glossary.Select(a => new Abbreviation(a, "expansion of " + a, new SourceRef("abbreviations.csv", 2)))]);

    [Fact]
    public void Scan_WhenAnAbbreviationIsPlural_CountsItAsAUseOfTheEntry()
    {
        // Issue 15: "GPs" in a cell was neither counted as a use of GP nor flagged.
        var tracker = Tracker("GP", "RCT", "CT");

        var found = tracker.Scan("Letters to GPs; two RCTs");

        Assert.Equal(["GP", "RCT"], found.Select(a => a.Short));
        Assert.Empty(tracker.Unknown);
    }

    [Fact]
    public void Scan_WhenAPluralIsNotInTheGlossary_ReportsItsSingular()
    {
        var tracker = Tracker("GP");

        tracker.Scan("Three CPGs and the NHS");

        Assert.Equal(["CPG", "NHS"], tracker.Unknown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Occurs_DoesNotMatchInsideALongerWord()
    {
        Assert.False(AbbreviationTracker.Occurs("GP", "GPS devices"));
        Assert.False(AbbreviationTracker.Occurs("CT", "CTX"));
        Assert.True(AbbreviationTracker.Occurs("CT", "CTs and MRI"));
    }
}
