using ReportGen.Rendering.Text;
using ReportGen.Rendering.Typography;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// The layout reuses buffers to allocate less per word (pooled drafts and text in <see cref="AtomBuilder"/>, per-thread
/// pieces and nodes in <see cref="LineBreaker"/>): these check that what comes out is what it was without reuse.
/// </summary>
public class AtomReuseTests
{
    private static readonly string Paragraph =
        "Implementation of the guideline (n = 10) was assessed by Coombs et al. in 2021; see Table 2. Dissemination " +
        "strategies were multifaceted, with post-educational follow-up, 10 mg doses and J. K. Smith's https://doi.org/10.1371/journal.pone.0065471 " +
        "characteristics of the included campaigns, notwithstanding considerable heterogeneity.";

    private static string Describe(IReadOnlyList<TextAtom> atoms) =>
        string.Join("|", atoms.Select(a => $"{a.Shaped.Text}:{a.Join}:{a.SpaceWidth}:{a.Shaped.Style.FontStyle}:{a.Link}:{a.SourceLine}"));

    [Fact]
    public void Atoms_TextInManySmallPieces_SameAsInOnePiece()
    {
        var whole = new AtomBuilder(Shaper);
        whole.Append(Paragraph + " " + Paragraph + " " + Paragraph, Body, null, 3);
        var pieces = new AtomBuilder(Shaper);
        var text = Paragraph + " " + Paragraph + " " + Paragraph;
        // Markdig hands text over in pieces (at every escaped character); the pending buffer grows past its first size.
        for (var i = 0; i < text.Length; i += 7) pieces.Append(text.AsSpan(i, Math.Min(7, text.Length - i)), Body, null, 3);
        Assert.Equal(Describe(whole.Atoms), Describe(pieces.Atoms));
        Assert.Contains(whole.Atoms, a => a.Join == Join.Tie);
        Assert.Contains(whole.Atoms, a => a.Join == Join.BreakAfter);
    }

    [Fact]
    public void Atoms_ReadThenMoreAppended_SameAsAllAtOnce_AndTheFirstReadStaysAsItWas()
    {
        var italic = Body.With(FontStyle.Italic);
        var builder = new AtomBuilder(Shaper);
        builder.Append("Table 2. Characteristics of", Body, null, 1);
        var first = builder.Atoms;
        var firstText = Describe(first);
        builder.Append(" (continued)", italic, null, 1);
        builder.HardBreak();
        builder.Append("et al. 10 mg", Body, "https://example.org", 2);

        var fresh = new AtomBuilder(Shaper);
        fresh.Append("Table 2. Characteristics of", Body, null, 1);
        fresh.Append(" (continued)", italic, null, 1);
        fresh.HardBreak();
        fresh.Append("et al. 10 mg", Body, "https://example.org", 2);

        Assert.Equal(Describe(fresh.Atoms), Describe(builder.Atoms));
        Assert.Equal(firstText, Describe(first));
        Assert.Equal(Join.WeakTie, builder.Atoms[0].Join); // "Table" tied weakly to "2."
        Assert.Equal(Join.HardBreak, builder.Atoms.Single(a => a.Shaped.Text == "(continued)").Join);
    }

    [Fact]
    public void Atoms_ReadTwiceWithNothingNew_AreTheSameAtoms()
    {
        var builder = new AtomBuilder(Shaper);
        builder.Append(Paragraph, Body, null, 1);
        Assert.Same(builder.Atoms, builder.Atoms);
    }

    [Fact]
    public void Hyphenator_PointsOfASpan_SameAsOfTheString()
    {
        var hyphenator = Hyphenator.ForLanguage("en")!;
        foreach (var word in new[] { "characteristics", "dissemination", "notwithstanding", "heterogeneity", "Implementation", "x1y2z3w4" })
        {
            var inText = "(" + word + "),";
            Assert.Equal(hyphenator.Points(word), hyphenator.Points(inText.AsSpan(1, word.Length)));
        }
        Assert.NotEmpty(hyphenator.Points("dissemination".AsSpan()));
    }

    /// <summary>
    /// Paragraphs broken on many threads at once (as <c>LineBreakAhead</c> does, each thread with its own buffers) give
    /// the same lines as broken one after another on one thread, justified and ragged, hyphenated and not.
    /// </summary>
    [Fact]
    public void Break_OnManyThreadsAtOnce_SameLinesAsOneByOne()
    {
        var hyphenator = Hyphenator.ForLanguage("en");
        var cases = Enumerable.Range(0, 240).Select(i =>
        {
            var words = Paragraph.Split(' ');
            var text = string.Join(' ', words.Skip(i % words.Length).Concat(words.Take(i % words.Length)).Take(5 + i % 40));
            var options = new LineBreakOptions { Ragged = i % 2 == 0, Hyphenator = i % 3 == 0 ? null : hyphenator, FirstLineExtra = i % 5 == 0 ? -15 : 0 };
            return (Atoms: Atoms(text), Width: 60.0 + 7 * (i % 30), Options: options);
        }).ToList();
        string Lines(int i) => string.Join("\n", LineBreaker.Break(cases[i].Atoms, cases[i].Width, Shaper, cases[i].Options)
            .Select(l => $"{l.Text}:{l.NaturalWidth}:{l.IsLast}:{l.Overflow}:{string.Join(",", l.Atoms.Select(a => a.Join))}"));

        var oneByOne = Enumerable.Range(0, cases.Count).Select(Lines).ToList();
        var parallel = new string[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Lines(i));

        Assert.Equal(oneByOne, parallel);
        Assert.Contains(oneByOne, l => l.Contains("-:", StringComparison.Ordinal)); // some line ends in a hyphen
    }
}
