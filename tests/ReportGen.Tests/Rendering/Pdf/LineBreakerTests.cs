using ReportGen.Rendering.Text;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

public class LineBreakerTests
{
    private static List<string> Break(string text, double width) =>
        LineBreaker.Break(Atoms(text), width, Shaper).Select(l => string.Concat(l.Atoms.Select(a => a.Shaped.Text + (a.Join == Join.Space ? " " : "")))).Select(s => s.TrimEnd()).ToList();

    [Fact]
    public void Break_AtSpaces_FillsEachLineGreedily()
    {
        Assert.Equal(["aaa bbb", "ccc"], Break("aaa bbb ccc", 35));
    }

    [Theory]
    [InlineData("low-back pain", "low-")]
    [InlineData("low\u2010back pain", "low\u2010")]
    [InlineData("pages 10\u201320 here", "pages 10\u2013")]
    public void Break_AfterHyphenOrEnDash_WhenTheWholeWordDoesNotFit(string text, string firstLine)
    {
        Assert.Equal(firstLine, Break(text, text.IndexOfAny(['-', '\u2010', '\u2013']) * 5 + 7)[0]);
    }

    [Fact]
    public void Break_HyphenBetweenSpaces_IsNotABreakPoint()
    {
        var atoms = Atoms("a - b");
        Assert.Equal(3, atoms.Count);
        Assert.All(atoms.Take(2), a => Assert.Equal(Join.Space, a.Join));
    }

    [Fact]
    public void Break_WordLongerThanLine_IsCutSoNoLineOverflows()
    {
        var url = "https://example.org/" + new string('x', 60);
        var lines = LineBreaker.Break(Atoms("see " + url), 100, Shaper);
        Assert.True(lines.Count >= 4);
        Assert.All(lines, l => Assert.True(l.NaturalWidth <= 100.001, $"line is {l.NaturalWidth} pt wide"));
        Assert.Equal("see " + url, string.Concat(lines.SelectMany(l => l.Atoms).Select(a => a.Shaped.Text + (a.Join == Join.Space ? " " : ""))));
        // Breaks after "." and "/" inside an address, never between letters while a break point is left.
        Assert.Equal("https://example.", lines[1].Atoms[0].Shaped.Text);
    }

    /// <summary>At 5 pt a character (30 to a 150 pt line): an address breaks after a slash, not inside a word.</summary>
    [Fact]
    public void Break_LongUrl_AfterASlash_ButNotInShortTokensOrBetweenItsSlashes()
    {
        Assert.Equal(["see https://doi.org/10.1371/", "journal.pone.0065471"], Break("see https://doi.org/10.1371/journal.pone.0065471", 150));
        Assert.Equal(["and/or x"], Break("and/or x", 40));
        Assert.Equal(["ab", "https://abcdefghijklmnop"], Break("ab https://abcdefghijklmnop", 125));
        Assert.DoesNotContain(Atoms("a and/or b"), a => a.Join == Join.BreakAfter);
    }

    [Fact]
    public void Break_StyleChangeInsideWord_KeepsTheWordTogether()
    {
        var builder = new AtomBuilder(Shaper);
        builder.Append("aaaa bb", Body, null, 1);
        builder.Append("cc", Body.With(ReportGen.Rendering.Text.FontStyle.Bold), null, 1);
        var lines = LineBreaker.Break(builder.Atoms, 30, Shaper);
        Assert.Equal(2, lines.Count);
        Assert.Equal(["bb", "cc"], lines[1].Atoms.Select(a => a.Shaped.Text));
    }
}
