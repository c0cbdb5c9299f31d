using ReportGen.Rendering.Typography;

namespace ReportGen.Tests.Rendering.Typography;

public class TiesTests
{
    private const char Tie = Ties.NoBreakSpace;

    [Theory]
    [InlineData("posters (n = 10) and", "posters (n~=~10) and")]
    [InlineData("(Coombs et al., 2021)", "(Coombs~et~al., 2021)")]
    [InlineData("by J. K. Rowling here", "by J.~K.~Rowling here")]
    [InlineData("a dose of 10 mg daily", "a dose of 10~mg daily")]
    [InlineData("in 45 % of", "in 45~% of")]
    [InlineData("see Table 2 and Figure 1.", "see Table~2 and Figure~1.")]
    [InlineData("CA = Canada; UK = United Kingdom", "CA~=~Canada; UK~=~United Kingdom")]
    [InlineData("we met at 10 and left", "we met at 10 and left")]
    [InlineData("eat well", "eat well")]
    public void Apply_TiesTheUnitsTeXWouldTie(string text, string expected)
    {
        Assert.Equal(expected, Ties.Apply(text).Replace(Tie, '~'));
    }

    [Fact]
    public void Apply_TieAtTheEdgeOfAPiece_UsesTheNeighbouringText()
    {
        Assert.Equal("(n~", Ties.Apply("(n ", null, "= 10)").Replace(Tie, '~'));
        Assert.Equal("~al.", Ties.Apply(" al.", "Dey et", null).Replace(Tie, '~'));
    }

    [Fact]
    public void IsWeak_NameBeforeEtAl_IsWeak_ButTheRelationIsNot()
    {
        Assert.True(Ties.IsWeak("(Coombs", "et"));
        Assert.False(Ties.IsWeak("et", "al.,"));
        Assert.False(Ties.IsWeak("(n", "="));
        Assert.False(Ties.IsWeak("10", "mg"));
    }
}

public class LatexTiesTests
{
    [Fact]
    public void LatexWriter_WritesTheEngineTiesAsTilde()
    {
        var tree = ReportGen.Document.MarkdownDocumentParser.Parse("Posters (n = 10) by Dey et al\\. in Table 2.");
        var diagnostics = new ReportGen.Diagnostics.DiagnosticBag();
        var tex = ReportGen.Rendering.Latex.LatexWriter.WriteBody(tree, diagnostics, "x.md").Body;
        Assert.Contains("(n~=~10)", tex);
        // The name and "et al." are a weak tie: TeX may break there, at a cost, rather than set a very loose line.
        Assert.Contains(@"Dey\penalty1000\ et~al.", tex);
        Assert.Contains(@"Table\penalty1000\ 2", tex);
    }
}
