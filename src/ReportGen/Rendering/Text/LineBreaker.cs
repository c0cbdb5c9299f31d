using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Text;

/// <summary>One line of a paragraph; <see cref="IsLast"/> lines (paragraph end, forced break) are never stretched.</summary>
internal sealed record TextLine(IReadOnlyList<TextAtom> Atoms, double NaturalWidth, bool IsLast)
{
    /// <summary>The line's text as read: its atoms with one space where a space or tie joins two of them.</summary>
    public string Text
    {
        get
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < Atoms.Count; i++)
            {
                text.Append(Atoms[i].Shaped.Text);
                if (i < Atoms.Count - 1 && Atoms[i].Join is Join.Space or Join.Tie or Join.WeakTie) text.Append(' ');
            }
            return text.ToString();
        }
    }


    /// <summary>How far the line runs past the measure: more than zero only when nothing else could be done.</summary>
    public double Overflow { get; init; }
}

/// <summary>How a paragraph's lines are filled.</summary>
internal sealed record LineBreakOptions
{
    public static readonly LineBreakOptions Justified = new();

    /// <summary>Ragged right: spaces keep their width and the end of each line takes the slack (TeX's \raggedright).</summary>
    public bool Ragged { get; init; }

    /// <summary>Patterns for hyphenation, or null to break only at spaces, hyphens and dashes.</summary>
    public Hyphenator? Hyphenator { get; init; }

    /// <summary>Added to the width of the first line only: negative for a hanging indent's first line, which starts further left.</summary>
    public double FirstLineExtra { get; init; }
}

/// <summary>
/// Total-fit line breaking (Knuth and Plass, as in TeX): the paragraph is boxes (atoms), glue (spaces that
/// stretch and shrink) and penalties (hyphens, dashes), and the breaks are chosen together so that the sum of
/// the lines' demerits is least, rather than one line at a time. Three passes, as TeX makes them: without
/// hyphenation at \pretolerance, with it at \tolerance, and a final one that accepts any line and, when a piece
/// alone is wider than the measure, an overfull line (reported through <see cref="TextLine.Overflow"/>).
/// </summary>
internal static class LineBreaker
{
    /// <summary>Rounding slack so that text measured to exactly its measure still fits.</summary>
    public const double Slack = 0.01;

    // TeX's plain defaults.
    private const double PreTolerance = 100, Tolerance = 200, InfiniteBadness = 10000;
    private const double LinePenalty = 10, HyphenPenalty = 50, ExHyphenPenalty = 50, CutPenalty = 50, TiePenalty = 1000;
    private const double AdjacentDemerits = 10000, DoubleHyphenDemerits = 10000, FinalHyphenDemerits = 5000;
    /// <summary>A justified space stretches by 1/2 and shrinks by 1/3 of its width (Computer Modern's proportions).</summary>
    private const double StretchPerSpace = 0.5, ShrinkPerSpace = 1.0 / 3;
    /// <summary>The slack a ragged line may take, in ems (TeX's \raggedright uses 0pt plus 2em).</summary>
    private const double RaggedStretchEm = 2;
    /// <summary>Active breaks kept at once; the breaks within one line's reach are far fewer, so this only guards the worst case.</summary>
    private const int MaxActive = 256;

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextAtom> atoms, double width, ITextShaper shaper) =>
        Break(atoms, width, shaper, LineBreakOptions.Justified);

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextAtom> atoms, double width, ITextShaper shaper, LineBreakOptions options)
    {
        if (atoms.Count == 0) return [];
        var scratch = t_scratch ??= new Scratch();
        var plain = Pieces(atoms, scratch.Plain);
        var fitsWhole = true;
        foreach (var piece in plain) fitsWhole &= piece.Width <= width + options.FirstLineExtra + Slack;
        // A short ragged line has no stretched spaces to look bad, so ragged text needs no tolerance passes: one
        // pass with hyphenation at any badness, where the demerits alone choose between a hyphen and a short line.
        if (!options.Ragged && fitsWhole && Solve(plain, width, options, PreTolerance, final: false, scratch) is var first and not Node.None)
            return Lines(atoms, plain, scratch.Nodes, first, shaper);
        var pieces = CutOverlong(Hyphenate(plain, options.Hyphenator, shaper, scratch.Hyphenated), width + Math.Min(0, options.FirstLineExtra), shaper, scratch.Cut);
        var breaks = options.Ragged ? Node.None : Solve(pieces, width, options, Tolerance, final: false, scratch);
        if (breaks == Node.None) breaks = Solve(pieces, width, options, InfiniteBadness, final: true, scratch);
        return Lines(atoms, pieces, scratch.Nodes, breaks, shaper);
    }

    public static double LineWidth(IReadOnlyList<TextAtom> atoms)
    {
        var width = 0.0;
        for (var i = 0; i < atoms.Count; i++)
            width += atoms[i].Width + (i < atoms.Count - 1 ? Gap(atoms[i]) : 0);
        return width;
    }

    private static double Gap(TextAtom atom) => atom.Join is Join.Space or Join.Tie or Join.WeakTie ? atom.SpaceWidth : 0;

    private static double Gap(in Piece piece) => piece.Join is Join.Space or Join.Tie or Join.WeakTie ? piece.SpaceWidth : 0;

    /// <summary>
    /// An atom or a part of one (a syllable, a cut); <see cref="Origin"/> is the atom it came from, which still holds its
    /// link and source line. A value, so that cutting words into syllables makes no record per syllable.
    /// </summary>
    private readonly record struct Piece(ShapedText Shaped, Join Join, double SpaceWidth, int Origin, double HyphenWidth = 0)
    {
        public double Width => Shaped.Width;

        public Piece(TextAtom atom, int origin) : this(atom.Shaped, atom.Join, atom.SpaceWidth, origin) { }
    }

    private static List<Piece> Pieces(IReadOnlyList<TextAtom> atoms, List<Piece> pieces)
    {
        pieces.Clear();
        for (var i = 0; i < atoms.Count; i++) pieces.Add(new Piece(atoms[i], i));
        return pieces;
    }

    private static List<Piece> Hyphenate(List<Piece> pieces, Hyphenator? hyphenator, ITextShaper shaper, List<Piece> result)
    {
        if (hyphenator is null) return pieces;
        result.Clear();
        TextStyle? hyphenStyle = null;
        var hyphenWidth = 0.0;
        foreach (var piece in pieces)
        {
            var text = piece.Shaped.Text;
            var style = piece.Shaped.Style;
            var lead = 0;
            while (lead < text.Length && !char.IsLetter(text[lead])) lead++;
            var end = text.Length;
            while (end > lead && !char.IsLetter(text[end - 1])) end--;
            // Capitalised words are mostly names ("McKenzie", "Ontario"), which house styles do not hyphenate.
            var points = style.Monospace || end - lead < Hyphenator.LeftMin + Hyphenator.RightMin || char.IsUpper(text[lead])
                ? [] : hyphenator.Points(text.AsSpan(lead, end - lead));
            if (points.Count == 0)
            {
                result.Add(piece);
                continue;
            }
            if (hyphenStyle != style)
            {
                hyphenStyle = style;
                hyphenWidth = shaper.Shape("-", style).Width;
            }
            var start = 0;
            foreach (var point in points)
            {
                var at = lead + point;
                result.Add(piece with { Shaped = shaper.Shape(text.AsSpan(start, at - start), style), Join = Join.Hyphen, HyphenWidth = hyphenWidth });
                start = at;
            }
            result.Add(piece with { Shaped = shaper.Shape(text.AsSpan(start), style) });
        }
        return result;
    }

    /// <summary>
    /// A run of pieces with no break point between them that is wider than the measure (a long URL, a gene
    /// name) is the one place a word is cut without a hyphen: between characters, as late as fits.
    /// </summary>
    private static List<Piece> CutOverlong(List<Piece> pieces, double width, ITextShaper shaper, List<Piece> result)
    {
        result.Clear();
        var runStart = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Join == Join.Glue && i < pieces.Count - 1) continue;
            var runWidth = 0.0;
            for (var j = runStart; j <= i; j++) runWidth += pieces[j].Width;
            if (runWidth <= width + Slack)
                for (var j = runStart; j <= i; j++) result.Add(pieces[j]);
            else
                for (var j = runStart; j <= i; j++) CutPiece(pieces[j], width, shaper, result);
            runStart = i + 1;
        }
        return result;
    }

    private static void CutPiece(Piece piece, double width, ITextShaper shaper, List<Piece> into)
    {
        var rest = piece.Shaped.Text;
        var style = piece.Shaped.Style;
        while (rest.Length > 0)
        {
            var cut = Math.Max(LongestPrefixThatFits(rest, style, width, shaper), NextRuneLength(rest, 0));
            var part = rest[..cut];
            rest = rest[cut..];
            into.Add(piece with { Shaped = shaper.Shape(part, style), Join = rest.Length > 0 ? Join.Cut : piece.Join });
        }
    }

    private static int LongestPrefixThatFits(string text, TextStyle style, double room, ITextShaper shaper)
    {
        // Widths grow with length, so the longest prefix that fits is found by bisection.
        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (mid < text.Length && char.IsHighSurrogate(text[mid - 1])) mid--;
            if (mid <= low) break;
            if (shaper.Shape(text[..mid], style).Width <= room + Slack) low = mid;
            else high = mid - 1;
        }
        return low;
    }

    private static int NextRuneLength(string text, int index) =>
        index < text.Length && char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;

    /// <summary>
    /// A feasible break. <see cref="End"/> is the index of the last piece of the line that ends here, -1 for the start of
    /// the paragraph; <see cref="Previous"/> is the node the best chain of lines before it ends at.
    /// </summary>
    private readonly record struct Node(int End, int Fitness, double Demerits, int Previous, bool Flagged, double Overflow)
    {
        /// <summary>No node: the start's <see cref="Previous"/>, or a pass that found no breaks.</summary>
        public const int None = -1;
    }

    /// <summary>
    /// Buffers one thread reuses from paragraph to paragraph (a long review breaks tens of thousands): the pieces, the
    /// prefix sums and the nodes never leave <see cref="Break"/>, so only the lines it returns are new.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<Piece> Plain = [], Hyphenated = [], Cut = [];
        public double[] SumWidth = [], SumStretch = [], SumShrink = [];
        /// <summary>Every node of the current pass; a node's <see cref="Node.Previous"/> is an index into it.</summary>
        public readonly List<Node> Nodes = [];
        public readonly List<int> Active = [];
        public readonly (double Demerits, int From, double Overflow)[] Best = new (double, int, double)[4];

        public void Sums(int count)
        {
            if (SumWidth.Length >= count) return;
            var size = Math.Max(count, SumWidth.Length * 2);
            SumWidth = new double[size];
            SumStretch = new double[size];
            SumShrink = new double[size];
        }
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>The chosen breaks as the index in <see cref="Scratch.Nodes"/> of the last node of the best chain, or -1 when no chain is within the tolerance.</summary>
    private static int Solve(List<Piece> pieces, double width, LineBreakOptions options, double tolerance, bool final, Scratch scratch)
    {
        var n = pieces.Count;
        // Prefix sums over each piece and the space after it, so any line's width, stretch and shrink cost O(1).
        scratch.Sums(n + 1);
        var sumWidth = scratch.SumWidth;
        var sumStretch = scratch.SumStretch;
        var sumShrink = scratch.SumShrink;
        sumWidth[0] = sumStretch[0] = sumShrink[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var gap = Gap(pieces[i]);
            sumWidth[i + 1] = sumWidth[i] + pieces[i].Width + gap;
            sumStretch[i + 1] = sumStretch[i] + (options.Ragged ? 0 : gap * StretchPerSpace);
            sumShrink[i + 1] = sumShrink[i] + (options.Ragged ? 0 : gap * ShrinkPerSpace);
        }

        var nodes = scratch.Nodes;
        nodes.Clear();
        nodes.Add(new Node(-1, 1, 0, Node.None, false, 0));
        var active = scratch.Active;
        active.Clear();
        active.Add(0);
        var best = scratch.Best;
        for (var b = 0; b < n; b++)
        {
            var join = pieces[b].Join;
            var forced = b == n - 1 || join == Join.HardBreak;
            var penalty = Penalty(join, final && !options.Ragged);
            if (!forced && double.IsPositiveInfinity(penalty)) continue;
            var flagged = join == Join.Hyphen || join == Join.BreakAfter && IsHyphenLike(pieces[b].Shaped);
            var breakWidth = join == Join.Hyphen ? pieces[b].HyphenWidth : 0;

            Array.Fill(best, (double.PositiveInfinity, Node.None, 0));
            var lastRemoved = Node.None;
            for (var a = 0; a < active.Count; a++)
            {
                var index = active[a];
                var node = nodes[index];
                var start = node.End + 1;
                var measure = width + (node.End < 0 ? options.FirstLineExtra : 0);
                var natural = sumWidth[b + 1] - sumWidth[start] - Gap(pieces[b]) + breakWidth;
                var stretch = sumStretch[b + 1] - sumStretch[start] - (options.Ragged ? 0 : Gap(pieces[b]) * StretchPerSpace);
                var shrink = sumShrink[b + 1] - sumShrink[start] - (options.Ragged ? 0 : Gap(pieces[b]) * ShrinkPerSpace);
                if (options.Ragged) stretch += RaggedStretchEm * pieces[b].Shaped.Style.FontSize;
                var fill = forced; // the last line, and a line before a forced break, ends with \parfillskip

                double ratio;
                if (natural < measure) ratio = fill ? 0 : stretch > 0 ? (measure - natural) / stretch : double.PositiveInfinity;
                else if (natural > measure + Slack) ratio = shrink > 0 ? -(natural - measure) / shrink : double.NegativeInfinity;
                else ratio = 0;

                if (ratio < -1)
                {
                    // Too long already, and only longer from here on: this start can never end a line again.
                    active.RemoveAt(a--);
                    lastRemoved = index;
                    continue;
                }
                var badness = Badness(ratio);
                if (badness > tolerance) continue;
                var demerits = Demerits(badness, penalty, forced);
                if (flagged && node.Flagged) demerits += DoubleHyphenDemerits;
                if (b == n - 1 && node.Flagged) demerits += FinalHyphenDemerits;
                var fitness = Fitness(ratio);
                if (Math.Abs(fitness - node.Fitness) > 1 && node.End >= 0) demerits += AdjacentDemerits;
                demerits += node.Demerits;
                if (demerits < best[fitness].Demerits) best[fitness] = (demerits, index, 0);
            }

            // TeX's last resort: when the final pass would lose every start, the line from the last one is set overfull.
            if (final && active.Count == 0 && lastRemoved != Node.None && NoneFound(best))
            {
                var removed = nodes[lastRemoved];
                var start = removed.End + 1;
                var natural = sumWidth[b + 1] - sumWidth[start] - Gap(pieces[b]) + breakWidth;
                var measure = width + (removed.End < 0 ? options.FirstLineExtra : 0);
                best[0] = (removed.Demerits + InfiniteBadness, lastRemoved, natural - measure);
            }

            if (forced) active.Clear();
            for (var f = 0; f < best.Length; f++)
                if (best[f].From != Node.None)
                {
                    active.Add(nodes.Count);
                    nodes.Add(new Node(b, f, best[f].Demerits, best[f].From, flagged, best[f].Overflow));
                }
            if (active.Count > MaxActive)
            {
                active.Sort((x, y) => nodes[x].Demerits.CompareTo(nodes[y].Demerits));
                active.RemoveRange(MaxActive, active.Count - MaxActive);
                active.Sort((x, y) => nodes[x].End.CompareTo(nodes[y].End));
            }
            if (active.Count == 0) return Node.None;
        }
        // The first of the least demerits, as MinBy chose it.
        var chosen = Node.None;
        foreach (var index in active)
            if (nodes[index].End == n - 1 && (chosen == Node.None || nodes[index].Demerits < nodes[chosen].Demerits))
                chosen = index;
        return chosen;
    }

    private static bool NoneFound((double Demerits, int From, double Overflow)[] best)
    {
        foreach (var candidate in best)
            if (candidate.From != Node.None) return false;
        return true;
    }

    /// <summary>A weak tie breaks only in the last pass of justified text, where the alternative is a stretched line; a ragged line may just stay short.</summary>
    private static double Penalty(Join join, bool breakWeakTies) => join switch
    {
        Join.Space => 0,
        Join.Hyphen => HyphenPenalty,
        Join.BreakAfter => ExHyphenPenalty,
        Join.Cut => CutPenalty,
        Join.WeakTie => breakWeakTies ? TiePenalty : double.PositiveInfinity,
        Join.HardBreak => double.NegativeInfinity,
        _ => double.PositiveInfinity,
    };

    private static bool IsHyphenLike(ShapedText shaped) => shaped.Text.Length > 0 && shaped.Text[^1] is '-' or '\u2010' or '\u2013' or '\u2014';

    /// <summary>TeX's badness: 100·r³, at most 10,000; an overfull or unstretchable line is "infinitely bad".</summary>
    private static double Badness(double ratio)
    {
        if (double.IsInfinity(ratio)) return InfiniteBadness;
        var r = Math.Abs(ratio);
        return Math.Min(InfiniteBadness, 100 * r * r * r);
    }

    private static double Demerits(double badness, double penalty, bool forced)
    {
        var line = (LinePenalty + badness) * (LinePenalty + badness);
        if (forced || double.IsNegativeInfinity(penalty)) return line;
        return penalty >= 0 ? line + penalty * penalty : line - penalty * penalty;
    }

    /// <summary>TeX's fitness classes: 0 very loose, 1 loose, 2 decent, 3 tight.</summary>
    private static int Fitness(double ratio) => ratio switch
    {
        < -0.5 => 3,
        <= 0.5 => 2,
        <= 1 => 1,
        _ => 0,
    };

    private static List<TextLine> Lines(IReadOnlyList<TextAtom> source, List<Piece> pieces, List<Node> nodes, int last, ITextShaper shaper)
    {
        var count = 0;
        for (var node = last; node != Node.None && nodes[node].End >= 0; node = nodes[node].Previous) count++;
        var ends = new Node[count];
        for (var node = last; node != Node.None && nodes[node].End >= 0; node = nodes[node].Previous) ends[--count] = nodes[node];
        var lines = new List<TextLine>(ends.Length);
        var start = 0;
        foreach (var end in ends)
        {
            var atoms = new List<TextAtom>(end.End - start + 1);
            for (var i = start; i <= end.End;)
            {
                // Syllables of one atom that stay on one line are set as one word again, with its kerning and ligatures.
                var j = i;
                while (j < end.End && pieces[j].Origin == pieces[j + 1].Origin) j++;
                var origin = source[pieces[j].Origin];
                var shaped = pieces[j].Shaped;
                if (j > i)
                {
                    var wholeWord = (i == 0 || pieces[i - 1].Origin != pieces[i].Origin)
                                    && (j == pieces.Count - 1 || pieces[j + 1].Origin != pieces[j].Origin);
                    shaped = wholeWord ? origin.Shaped : shaper.Shape(Concatenate(pieces, i, j), shaped.Style);
                }
                var join = pieces[j].Join;
                if (j == end.End && join == Join.Hyphen)
                {
                    shaped = shaper.Shape(shaped.Text + "-", shaped.Style);
                    join = Join.BreakAfter;
                }
                atoms.Add(ReferenceEquals(shaped, origin.Shaped) && join == origin.Join && pieces[j].SpaceWidth == origin.SpaceWidth
                    ? origin
                    : new TextAtom(shaped, origin.Link, join, pieces[j].SpaceWidth, origin.SourceLine));
                i = j + 1;
            }
            var isLast = end.End == pieces.Count - 1 || pieces[end.End].Join == Join.HardBreak;
            lines.Add(new TextLine(atoms, LineWidth(atoms), isLast) { Overflow = end.Overflow });
            start = end.End + 1;
        }
        return lines;
    }

    private static string Concatenate(List<Piece> pieces, int first, int last)
    {
        var text = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++) text.Append(pieces[k].Shaped.Text);
        return text.ToString();
    }
}
