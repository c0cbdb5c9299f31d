using CsCheck;
using ReportGen.Model;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class CitationStyleTests
{
    private static readonly CitationStyle Style = CitationStyle.For(Resources.Review);

    private static string Cite(params string[] ids) =>
        Style.Parenthetical(ids.Select(id => Resources.Review.Single(r => r.Id == id)));

    [Theory]
    [InlineData("(Ammendolia et al., 2004; Cheng et al., 2017)", "cheng2017", "ammendolia2004")]
    [InlineData("(Schröder, 2021)", "schroder2021")]
    [InlineData("(Buchbinder and Jolley, 2007)", "buchbinder2007")]
    [InlineData("(Choosing Wisely Australia, 2019)", "cwa2019")]
    [InlineData("(French et al., 2013, 2022)", "french2022", "french2013")]
    [InlineData("(Schectman et al., 2003; Schröder, 2021)", "schroder2021", "schectman2003")]
    [InlineData("(Oakeshott et al., 1994; Öberg, 2020; Pan, 2020)", "pan2020", "oberg2020", "oakeshott1994")]
    [InlineData("(Zhao et al., 2024)", "zhao2024", "zhao2024")]
    [InlineData("", new string[0])]
    public void Parenthetical_OrdersLikeTheReferenceListAndCollapsesSameNames(string expected, params string[] ids)
    {
        Assert.Equal(expected, Cite(ids));
    }

    [Fact]
    public void Parenthetical_WhenDifferentFirstAuthorsShareASurname_AddsInitials()
    {
        Assert.Equal("(K. Y. Wang et al., 2018, 2021; Y. X. J. Wáng et al., 2018)", Cite("wang2018b", "wang2021", "wang2018"));
        Assert.Equal("(L. Chou et al., 2018; R. Chou et al., 2011)", Cite("chou2011", "chou2018"));
    }

    [Fact]
    public void Parenthetical_WhenSurnameIsNotShared_AddsNoInitials()
    {
        var style = CitationStyle.For([Resources.Make("w", "Wang, K. Y.; Yen, C. J.; Chen, M.", 2018)]);
        Assert.Equal("(Wang et al., 2018)", style.Parenthetical(style.ReferenceOrder));
    }

    [Fact]
    public void Parenthetical_WhenEtAlFormsCollideInAYear_WritesNamesUntilTheyDiffer()
    {
        Assert.Equal("(Jenkins, French, et al., 2022; Jenkins, Moloney, et al., 2022)", Cite("jenkins2022b", "jenkins2022a"));
        Assert.Equal("(Jenkins et al., 2018)", Cite("jenkins2018"));
    }

    [Fact]
    public void Parenthetical_WhenOnlyTheLastNameDiffers_WritesAllNames()
    {
        Assert.Equal("(Adams, Baker, and Clark, 2020; Adams, Baker, and Dunn, 2020)", Cite("adams2020d", "adams2020c"));
    }

    [Fact]
    public void Parenthetical_WhenSameAuthorsAndYear_AddsSuffixesInTitleOrder()
    {
        Assert.Equal("(Smith et al., 2020a)", Cite("smith2020a"));
        Assert.Equal("(Smith et al., 2020b)", Cite("smith2020b"));
        Assert.Equal("(Smith et al., 2020a, 2020b)", Cite("smith2020b", "smith2020a"));
    }

    [Fact]
    public void Narratives_PutTheYearsInParentheses()
    {
        var cite = (string id) => Style.Narratives([Resources.Review.Single(r => r.Id == id)]).Single();

        Assert.Equal("Zhao et al. (2024)", cite("zhao2024"));
        Assert.Equal("Buchbinder and Jolley (2007)", cite("buchbinder2007"));
        Assert.Equal("Jenkins, French, et al. (2022)", cite("jenkins2022a"));
        Assert.Equal("Choosing Wisely Australia (2019)", cite("cwa2019"));
        Assert.Equal(["K. Y. Wang et al. (2018, 2021)"], Style.Narratives(Resources.Review.Where(r => r.Id is "wang2018" or "wang2021")));
    }

    [Fact]
    public void ReferenceOrder_IsAlphabeticalByAuthorsThenYear()
    {
        string[] expected =
        [
            "adams2020c", "adams2020d", "ammendolia2004", "buchbinder2007", "cheng2017", "cwa2019", "chou2018", "chou2011",
            "french2013", "french2022", "jenkins2022a", "jenkins2018", "jenkins2022b", "oakeshott1994", "oberg2020",
            "pan2020", "schectman2003", "schroder2021", "smith2020a", "smith2020b", "wang2021", "wang2018", "wang2018b",
            "zhao2024",
        ];
        Assert.Equal(expected, Style.ReferenceOrder.Select(r => r.Id));
    }

    [Fact]
    public void EveryResourceOfTheReview_GetsItsOwnCitation()
    {
        var citations = Resources.Review.Select(r => Style.Parenthetical([r])).ToList();

        Assert.Equal(citations.Count, citations.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryResourceOfAnyReview_GetsItsOwnCitation()
    {
        var author = Gen.Select(Gen.Char["ABW"], Gen.Char["KLá"], (family, initial) =>
            new Author(family == 'W' ? "Wáng" : family.ToString(), initial + "."));
        var resource = Gen.Select(author.List[0, 5], Gen.Int[2020, 2021], Gen.Char["xyz"],
            (authors, year, title) => (authors, year, title.ToString()));
        var review = resource.List[1, 12].Select(list => list
            .Select((r, i) => new Resource($"r{i}", r.authors, r.year, r.Item3, new SourceRef("resources.csv", i + 2)))
            .ToList());

        review.Sample(resources =>
        {
            var style = CitationStyle.For(resources);
            var citations = resources.Select(r => style.Parenthetical([r])).ToList();
            Assert.Equal(citations.Count, citations.Distinct(StringComparer.Ordinal).Count());
        }, iter: 2000);
    }

    [Fact]
    public void Parenthetical_OfAResourceFromElsewhere_Throws()
    {
        Assert.Throws<ArgumentException>(() => Style.Parenthetical([Resources.Make("stranger", "Nobody, N.", 2000)]));
    }

    [Fact]
    public void For_NoResources_CitesNothing()
    {
        var style = CitationStyle.For([]);
        Assert.Empty(style.ReferenceOrder);
        Assert.Equal("", style.Parenthetical([]));
    }
}
