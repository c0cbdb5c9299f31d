using ReportGen.Rendering.Typography;

namespace ReportGen.Tests.Rendering.Typography;

public class HyphenatorTests
{
    private static readonly Hyphenator English = Hyphenator.ForLanguage("en")!;

    /// <summary>What Knuth's TeX prints for these words with plain TeX's hyphen.tex (\showhyphens, TeX 3.141592653).</summary>
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("concatenation", "con-cate-na-tion")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("dissemination", "dis-sem-i-na-tion")]
    [InlineData("guidelines", "guide-lines")]
    [InlineData("representation", "rep-re-sen-ta-tion")]
    [InlineData("mathematics", "math-e-mat-ics")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("presentation", "pre-sen-ta-tion")]
    [InlineData("demonstration", "demon-stra-tion")]
    [InlineData("table", "ta-ble")]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("project", "project")]
    [InlineData("radiography", "ra-dio-g-ra-phy")]
    [InlineData("chiropractors", "chi-ro-prac-tors")]
    [InlineData("procedures", "pro-ce-dures")]
    [InlineData("recommendations", "rec-om-men-da-tions")]
    [InlineData("educational", "ed-u-ca-tional")]
    [InlineData("pharmacological", "phar-ma-co-log-i-cal")]
    [InlineData("unnecessary", "un-nec-es-sary")]
    [InlineData("incentives", "in-cen-tives")]
    [InlineData("questionnaire", "ques-tion-naire")]
    [InlineData("reciprocity", "reci-procity")]
    [InlineData("supercalifragilisticexpialidocious", "su-per-cal-ifrag-ilis-tic-ex-pi-ali-do-cious")]
    public void Hyphenate_MatchesTeX(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
    }

    [Fact]
    public void Hyphenate_CapitalisedWord_UsesTheLowerCasePatterns()
    {
        Assert.Equal("Dis-sem-i-na-tion", English.Hyphenate("Dissemination"));
    }

    [Theory]
    [InlineData("a2b3c4d5")]
    [InlineData("COVID-19")]
    [InlineData("cat")]
    public void Points_TokenThatIsNotAWordOfLetters_HasNone(string token)
    {
        Assert.Empty(English.Points(token));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    public void ForLanguage_English_HasPatterns(string language)
    {
        Assert.NotNull(Hyphenator.ForLanguage(language));
    }

    [Fact]
    public void ForLanguage_LanguageWithoutPatterns_IsNull()
    {
        Assert.Null(Hyphenator.ForLanguage("de"));
    }

    [Fact]
    public void Constructor_ReadsTeXPatternsAndExceptions()
    {
        var hyphenator = new Hyphenator("xx", "% comment\n\\patterns{ % more\n1b a1 }\n\\hyphenation{aaa-aaa}");
        Assert.Equal("aba-bab", hyphenator.Hyphenate("ababab"));
        Assert.Equal("aaa-aaa", hyphenator.Hyphenate("aaaaaa"));
    }
}
