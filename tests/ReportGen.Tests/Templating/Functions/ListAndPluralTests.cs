using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class ListAndPluralTests
{
    private static readonly string[] ThreeItems = ["a", "b", "c"];

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a and b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b, and c")]
    [InlineData(new[] { "a", "b", "c", "d" }, "a, b, c, and d")]
    [InlineData(new[] { "a", "", "c" }, "a and c")]
    public void JoinList_UsesTheSerialComma(string[] items, string expected)
    {
        Assert.Equal(expected, ReviewFunctions.JoinList(items).Markdown);
    }

    [Fact]
    public void JoinList_WithOr_UsesOr()
    {
        Assert.Equal("a, b, or c", ReviewFunctions.JoinList(ThreeItems, "or").Markdown);
    }

    [Fact]
    public void JoinList_EscapesStringsAndPassesMarkdownThrough()
    {
        var items = new object[] { "x*y", new MarkdownText("*emphasis*"), "Canada (CA)" };

        var joined = ReviewFunctions.JoinList(items);

        Assert.Equal("x\\*y, *emphasis*, and Canada \\(CA\\)", joined.Markdown);
        Assert.Equal("x*y, *emphasis*, and Canada (CA)", MarkdownReader.ParagraphText(joined.Markdown));
    }

    [Fact]
    public void JoinList_OfNull_IsEmpty()
    {
        Assert.True(ReviewFunctions.JoinList(null).IsEmpty);
    }

    [Theory]
    [InlineData(1, "campaign", null, "campaign")]
    [InlineData(0, "campaign", null, "campaigns")]
    [InlineData(24, "campaign", null, "campaigns")]
    [InlineData(2, "strategy", null, "strategies")]
    [InlineData(2, "criterion", null, "criteria")]
    [InlineData(2, "CDS", "CDSs", "CDSs")]
    [InlineData(2, "campaign", "campaignz", "campaignz")]
    [InlineData(1, "campaign", "campaignz", "campaign")]
    public void Plural_AgreesWithTheCountAndAGivenPluralWins(int count, string singular, string? plural, string expected)
    {
        Assert.Equal(expected, MarkdownReader.ParagraphText(ReviewFunctions.Plural(count, singular, plural).Markdown));
    }

    [Fact]
    public void Plural_EscapesData()
    {
        Assert.Equal("low\\-back pains", ReviewFunctions.Plural(2, "low-back pain").Markdown);
    }

    [Theory]
    [InlineData(0, "zero campaigns")]
    [InlineData(1, "one campaign")]
    [InlineData(3, "three campaigns")]
    [InlineData(24, "24 campaigns")]
    [InlineData(100, "100 campaigns")]
    public void Quantity_WritesTheNumberAsAPADoesWithTheAgreeingNoun(int count, string expected)
    {
        Assert.Equal(expected, MarkdownReader.ParagraphText(ReviewFunctions.Quantity(count, "campaign").Markdown));
    }
}
