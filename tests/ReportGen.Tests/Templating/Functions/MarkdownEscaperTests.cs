using CsCheck;
using ReportGen.Templating.Functions;

namespace ReportGen.Tests.Templating.Functions;

public class MarkdownEscaperTests
{
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Gen.Char["!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"]),
        (4, Gen.Char["abcxyz019 wW"]),
        (2, Gen.Char[" \t\r\n\f\v\0\u00a0\u2028\u200b"]),
        (1, Gen.Char["éÖßøŁ中文😀"]),
        (1, Gen.Char));

    private static readonly Gen<string> AnyText = AnyChar.Array[0, 40].Select(chars => new string(chars));

    [Theory]
    [InlineData("a*b | c", "a\\*b \\| c")]
    [InlineData("O'Malley", "O\\'Malley")]
    [InlineData("plain text", "plain text")]
    [InlineData("  two\r\nlines \n", "two lines")]
    [InlineData("tab\there", "tab here")]
    [InlineData("", "")]
    public void EscapeInline_Examples(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.EscapeInline(text));
    }

    [Theory]
    [InlineData("*emphasis* and _this_")]
    [InlineData("**strong**")]
    [InlineData("`code`")]
    [InlineData("[link](http://example.com)")]
    [InlineData("![image](a.png)")]
    [InlineData("www.example.com")]
    [InlineData("http://example.com/a_b")]
    [InlineData("mailto:me@example.com")]
    [InlineData("<b>html</b>")]
    [InlineData("&amp; &#65; &copy;")]
    [InlineData("$x^2$ and $$y$$")]
    [InlineData("~~struck~~ H~2~O x^2^ ++ins++ ==mark==")]
    [InlineData("# Heading")]
    [InlineData("1. item")]
    [InlineData("2007. Title")]
    [InlineData("a. alpha list")]
    [InlineData("- bullet")]
    [InlineData("+ plus")]
    [InlineData("> quote")]
    [InlineData("---")]
    [InlineData("::: {.table}")]
    [InlineData("^^^ caption")]
    [InlineData("[^1] footnote")]
    [InlineData("*[HTML]: Hyper")]
    [InlineData(": definition")]
    [InlineData("{#id .class}")]
    [InlineData("\"\"quoted citation\"\"")]
    [InlineData("- [ ] task")]
    [InlineData("+---+---+")]
    [InlineData("back\\slash\\")]
    [InlineData("    indented code")]
    [InlineData("Schröder, Wáng, 中文, 😀")]
    public void EscapeInline_MarkupInData_ReadsBackAsLiteralText(string text)
    {
        var escaped = MarkdownEscaper.EscapeInline(text);

        Assert.Equal(MarkdownEscaper.Normalize(text), MarkdownReader.ParagraphText(escaped));
        Assert.Equal(MarkdownEscaper.Normalize(text), Cell(escaped));
    }

    [Fact]
    public void EscapeInline_AnyText_ReadsBackAsNormalizedTextInAParagraph()
    {
        AnyText.Sample(text =>
            Assert.Equal(MarkdownEscaper.Normalize(text), MarkdownReader.ParagraphText(MarkdownEscaper.EscapeInline(text))),
            iter: 3000);
    }

    [Fact]
    public void EscapeInline_AnyText_ReadsBackInsideASentence()
    {
        AnyText.Sample(text =>
            Assert.Equal(
                "See " + MarkdownEscaper.Normalize(text) + " here.",
                MarkdownReader.ParagraphText("See " + MarkdownEscaper.EscapeInline(text) + " here.")),
            iter: 3000);
    }

    [Fact]
    public void EscapeInline_AnyText_StaysInOnePipeTableCell()
    {
        AnyText.Sample(text =>
            Assert.Equal(MarkdownEscaper.Normalize(text), Cell(MarkdownEscaper.EscapeInline(text))),
            iter: 3000);
    }

    [Fact]
    public void Normalize_ControlCharactersBecomeSpacesAndEdgesAreTrimmed()
    {
        Assert.Equal("a b  c", MarkdownEscaper.Normalize(" a\r\nb\n\tc\0"));
    }

    private static string? Cell(string escaped)
    {
        var cells = MarkdownReader.TableCells($"| Head | Tail |\n|---|---|\n| {escaped} | end |\n");
        return cells is { Count: 2 } && cells[1].Count == 2 && cells[1][1] == "end" ? cells[1][0] : null;
    }
}
