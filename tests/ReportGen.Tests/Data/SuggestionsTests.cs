using ReportGen.Data;

namespace ReportGen.Tests.Data;

public class SuggestionsTests
{
    [Theory]
    [InlineData("contry", "country", 1)]
    [InlineData("acp2071", "acp2017", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsEditsWithSwapsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void Nearest_WhenNothingIsClose_ReturnsNull() =>
        Assert.Null(Suggestions.Nearest("AU", ["CA", "NO"]));

    [Fact]
    public void Nearest_IgnoresCaseAndPrefersTheClosest() =>
        Assert.Equal("Country", Suggestions.Nearest("country", ["county", "Country"]));
}
