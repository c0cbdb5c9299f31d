using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Text;
using ReportGen.Rendering.Typography;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Knuth–Plass line breaking, checked against what TeX itself does with the same boxes and glue.</summary>
public class TotalFitTests
{
    /// <summary>At 10.5 pt the fixed-width shaper is cmtt10: every character and space 5.25 pt.</summary>
    private static readonly TextStyle Tt = new(10.5);

    private static IReadOnlyList<TextAtom> TtAtoms(string text)
    {
        var builder = new AtomBuilder(Shaper);
        builder.Append(text, Tt, null, 1);
        return builder.Atoms;
    }

    private static List<string> Text(IEnumerable<TextLine> lines) =>
        lines.Select(l => string.Concat(l.Atoms.Select(a => a.Shaped.Text + (a.Join is Join.Space or Join.Tie or Join.WeakTie ? " " : ""))).TrimEnd()).ToList();

    /// <summary>
    /// The expected lines are TeX's (Knuth's tex, plain format) for the same paragraph set in cmtt10 with
    /// \spaceskip=5.25pt plus 2.625pt minus 1.75pt, \parfillskip=0pt plus 1fil, \pretolerance=100,
    /// \tolerance=200, no hyphenation, at \hsize 200 pt and 150 pt. First-fit gives other lines for both.
    /// </summary>
    [Theory]
    [InlineData(200, "In olden times when wishing still helped one there lived a king whose daughters were all beautiful and the youngest was so beautiful that the sun itself which has seen so much was astonished whenever it shone in her face",
        new[] { "In olden times when wishing still helped", "one there lived a king whose daughters", "were all beautiful and the youngest was", "so beautiful that the sun itself which", "has seen so much was astonished whenever", "it shone in her face" })]
    [InlineData(150, "aaa bb cc ddddd ee ff gggggggg hh i jjjjjj kk llll mmmmmmm nn ooo ppppppppp qq rrr sssss tt uuuuuu v wwwww xx yyyyyyyy zz",
        new[] { "aaa bb cc ddddd ee ff gggggggg", "hh i jjjjjj kk llll mmmmmmm nn", "ooo ppppppppp qq rrr sssss tt", "uuuuuu v wwwww xx yyyyyyyy zz" })]
    public void Break_Justified_ChoosesTheBreaksTeXChooses(double width, string text, string[] expected)
    {
        Assert.Equal(expected, Text(LineBreaker.Break(TtAtoms(text), width, Shaper)));
    }

    [Fact]
    public void Break_WhenOnlyHyphenationAvoidsALooseLine_HyphenatesWithAVisibleHyphen()
    {
        var options = new LineBreakOptions { Hyphenator = Hyphenator.ForLanguage("en") };
        var lines = LineBreaker.Break(TtAtoms("aaaa bbbb cccc dddd representation eeee"), 120, Shaper, options);
        Assert.Contains(lines, l => l.Atoms[^1].Shaped.Text.EndsWith('-'));
        Assert.Equal("aaaa bbbb cccc dddd representation eeee",
            string.Join(" ", Text(lines)).Replace("- ", ""));
    }

    [Fact]
    public void Break_EscapedHyphenFromData_IsABreakPoint()
    {
        // Markdig hands data text over in pieces at every escaped character: "post", "-", "educational".
        var builder = new AtomBuilder(Shaper);
        builder.Append("during the post", Tt, null, 1);
        builder.Append("-", Tt, null, 1);
        builder.Append("educational phases", Tt, null, 1);
        var lines = LineBreaker.Break(builder.Atoms, 90, Shaper, new LineBreakOptions { Ragged = true });
        Assert.Equal(["during the post-", "educational", "phases"], Text(lines));
    }

    [Fact]
    public void Break_WordThatFitsTheColumn_IsNeverCutWithoutAHyphen()
    {
        var lines = LineBreaker.Break(TtAtoms("non recommended nonpharmacological"), 100, Shaper, new LineBreakOptions { Ragged = true });
        Assert.All(Text(lines), line => Assert.Contains(line, (string[])["non", "recommended", "non recommended", "nonpharmacological"]));
    }

    [Fact]
    public void Break_TiedUnits_StayOnOneLine()
    {
        var lines = Text(LineBreaker.Break(TtAtoms("posters in practice (n = 10) and booklets by Dey et al. 2004"), 105, Shaper, new LineBreakOptions { Ragged = true }));
        Assert.False(lines.Any(l => l.EndsWith("(n") || l.EndsWith('=') || l.EndsWith("et") || l.EndsWith("Dey")), string.Join(" | ", lines));
        Assert.Contains(lines, l => l.Contains("(n = 10)"));
    }

    [Fact]
    public void Break_Ragged_KeepsSpacesAtTheirWidth_AndHangingIndentNarrowsLaterLines()
    {
        var options = new LineBreakOptions { Ragged = true, FirstLineExtra = 20 };
        var lines = LineBreaker.Break(Atoms(Words(12)), 80, Shaper, options);
        Assert.Equal(5, lines[0].Atoms.Count);
        Assert.All(lines.Skip(1), l => Assert.True(l.NaturalWidth <= 80.001));
    }

    [Fact]
    public void Break_PieceWiderThanTheMeasure_IsReportedAsOverflow()
    {
        var lines = LineBreaker.Break(TtAtoms("x"), 2, Shaper);
        Assert.True(lines.Single().Overflow > 3);
    }

    [Fact]
    public void Paragraph_OverfullLine_IsReportedWithItsText()
    {
        var reported = new List<string>();
        var format = new ParagraphFormat(Tt) { OnOverflow = (text, _) => reported.Add(text) };
        new ParagraphElement(TtAtoms("W"), format, Shaper, 1).LinesFor(2);
        Assert.Equal(["W"], reported);
    }

    [Fact]
    public void Break_LongParagraph_SetsEveryLineWithinItsStretch()
    {
        var text = string.Join(" ", Enumerable.Repeat("the quick brown fox jumps over a lazy dog", 2000));
        var lines = LineBreaker.Break(TtAtoms(text), 300, Shaper);
        Assert.True(lines.Count > 1000);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.InRange(l.NaturalWidth, 250, 315));
    }
}
