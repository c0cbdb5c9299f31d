using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class NameFoldingTests
{
    [Theory]
    [InlineData("Wáng", "wang")]
    [InlineData("Wang", "wang")]
    [InlineData("Schröder", "schroder")]
    [InlineData("O'Malley", "omalley")]
    [InlineData("O’Malley", "omalley")]
    [InlineData("Tzortziou Brown", "tzortzioubrown")]
    [InlineData("Ærø Łódź Straße", "aerolodzstrasse")]
    [InlineData("K. Y.", "ky")]
    [InlineData("Wa\u0301ng", "wang")]
    [InlineData("王", "王")]
    [InlineData("", "")]
    public void Fold_DropsCaseDiacriticsSpacesAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(text));
    }
}
