using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class NumberTextTests
{
    [Theory]
    [InlineData(18, 24, "75%")]
    [InlineData(15, 24, "62.5%")]
    [InlineData(4, 24, "16.7%")]
    [InlineData(11, 24, "45.8%")]
    [InlineData(5, 24, "20.8%")]
    [InlineData(0, 24, "0%")]
    [InlineData(24, 24, "100%")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 16, "6.3%")]
    [InlineData(3, 16, "18.8%")]
    [InlineData(30, 24, "125%")]
    public void Percent_RoundsHalfAwayFromZeroToOneDecimalAndDropsPointZero(int part, int whole, string expected)
    {
        Assert.Equal(expected, NumberText.Percent(part, whole));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Percent_WhenWholeIsNotPositive_Throws(int whole)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Percent(1, whole));
    }

    [Theory]
    [InlineData(0, false, "zero")]
    [InlineData(1, false, "one")]
    [InlineData(9, true, "Nine")]
    [InlineData(24, false, "twenty-four")]
    [InlineData(24, true, "Twenty-four")]
    [InlineData(100, false, "one hundred")]
    [InlineData(121, false, "one hundred and twenty-one")]
    [InlineData(1000, true, "One thousand")]
    [InlineData(1087, false, "one thousand and eighty-seven")]
    public void Words_SpellsOutInEnglish(int number, bool capitalize, string expected)
    {
        Assert.Equal(expected, NumberText.Words(number, capitalize));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(3, "three")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(24, "24")]
    [InlineData(1087, "1087")]
    [InlineData(-2, "-2")]
    public void InText_SpellsOutBelowTenAndUsesDigitsFromTen(int number, string expected)
    {
        Assert.Equal(expected, NumberText.InText(number));
    }
}
