using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Text;
using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Lays out the PRISMA 2020 flow diagram for new reviews: the identified total on top, the arm titles, then rows of
/// boxes (main path on the left of each arm, side boxes to its right) beside the Identification, Screening and
/// Included bands. Boxes of one row share their height, so side arrows are straight; every height comes from the
/// wrapped text, and a band too short for its word makes its last row taller.
/// Box text is shaped and broken by the text layer the PDF pages use (<see cref="LineBreaker"/>): ragged right, with
/// the engine's ties and, for box lines, a parenthesised group kept whole when it fits, so "(n = 74)" never splits.
/// It is not hyphenated: a box line holds three or four words, and a hyphen there reads worse than a shorter line;
/// only a word wider than its box is cut. Lines are spaced by the font's own spacing (<see cref="ITextShaper.Spacing"/>), tighter than running text.
/// </summary>
internal static class PrismaLayout
{
    public static PrismaFigure Create(FlowCounts counts, IReadOnlyDictionary<string, string> boxTexts, ITextShaper shaper) =>
        Create(counts, boxTexts, shaper, new PrismaLayoutOptions());

    public static PrismaFigure Create(
        FlowCounts counts, IReadOnlyDictionary<string, string> boxTexts, ITextShaper shaper, PrismaLayoutOptions options) =>
        new Builder(PrismaBoxes.Of(counts), boxTexts, shaper, options).Build();

    private sealed record Slot(string Name, double X);

    private static readonly LineBreakOptions BoxLines = new() { Ragged = true };

    private sealed class Builder(PrismaBoxes arms, IReadOnlyDictionary<string, string> texts, ITextShaper shaper, PrismaLayoutOptions o)
    {
        private readonly TextStyle _regular = new(o.FontSize);
        private readonly TextStyle _bold = new(o.FontSize, FontStyle.Bold);
        private readonly double _lineHeight = shaper.Spacing(new TextStyle(o.FontSize));
        private readonly List<PrismaBox> _boxes = [];
        private readonly List<PrismaArrow> _arrows = [];

        public PrismaFigure Build()
        {
            var x = o.Margin;
            var bandX = x;
            x += o.BandWidth + o.BandGap;
            var contentLeft = x;
            var colP = x;
            if (arms.PreviousArm) x += o.BoxWidth + o.ArmGap;
            var colA = x;
            var colB = colA + o.BoxWidth + o.SideGap;
            x = colB + o.BoxWidth;
            var colC = x + o.ArmGap;
            var colD = colC + o.BoxWidth + o.SideGap;
            if (arms.OtherArm) x = colD + o.BoxWidth;
            var right = x;

            var y = o.Margin;
            if (arms.IdentifiedTotal is not null)
            {
                var width = right - contentLeft;
                var lines = Wrap(PrismaBoxes.Total, width, _regular);
                _boxes.Add(Place(PrismaBoxes.Total, PrismaBoxKind.Note, new FigureRect(contentLeft, y, width, Height(lines.Count)),
                    PrismaAlign.Center, lines));
                y += Height(lines.Count) + o.RowGap / 2;
            }

            List<(string Name, double X, double Width)> headers = [("newstud", colA, colB + o.BoxWidth - colA)];
            if (arms.PreviousArm) headers.Insert(0, ("prevstud", colP, o.BoxWidth));
            if (arms.OtherArm) headers.Add(("othstud", colC, colD + o.BoxWidth - colC));
            var headerLines = headers.Select(h => Wrap(h.Name, h.Width, _bold)).ToList();
            var headerHeight = Height(headerLines.Max(l => l.Count));
            for (var i = 0; i < headers.Count; i++)
                _boxes.Add(Place(headers[i].Name, PrismaBoxKind.Header, new FigureRect(headers[i].X, y, headers[i].Width, headerHeight),
                    PrismaAlign.Center, headerLines[i]));
            y += headerHeight + o.RowGap;

            var rows = new List<List<Slot>>
            {
                Row(arms.PreviousArm ? new Slot("box1", colP) : null, new Slot("box2", colA), new Slot("box3", colB), arms.OtherArm ? new Slot("box11", colC) : null),
                Row(new Slot("box4", colA), new Slot("box5", colB)),
                Row(new Slot("box6", colA), new Slot("box7", colB), Other("box12", colC), Other("box13", colD)),
                Row(new Slot("box8", colA), new Slot("box9", colB), Other("box14", colC), Other("box15", colD)),
                Row(new Slot("box10", colA)),
            };
            if (arms.PreviousArm) rows.Add(Row(new Slot("box16", colA)));
            var wrapped = rows.Select(r => r.Select(s => Wrap(s.Name, o.BoxWidth, _regular)).ToList()).ToList();
            var heights = wrapped.Select(r => Height(r.Max(lines => lines.Count))).ToList();

            List<(string Name, int First, int Last)> bands =
                [(PrismaBoxes.Identification, 0, 0), (PrismaBoxes.Screening, 1, 3), (PrismaBoxes.Included, 4, rows.Count - 1)];
            foreach (var band in bands)
            {
                var span = Enumerable.Range(band.First, band.Last - band.First + 1).Sum(i => heights[i]) + (band.Last - band.First) * o.RowGap;
                var needed = BandTextWidth(band.Name) + 2 * o.Padding;
                if (span < needed) heights[band.Last] += needed - span;
            }

            var rowTops = new List<double>();
            for (var r = 0; r < rows.Count; r++)
            {
                rowTops.Add(y);
                for (var s = 0; s < rows[r].Count; s++)
                {
                    var slot = rows[r][s];
                    // As in the PRISMA 2020 template, every step box reads from its left edge; titles and bands are centred.
                    const PrismaAlign align = PrismaAlign.Left;
                    _boxes.Add(Place(slot.Name, PrismaBoxKind.Step, new FigureRect(slot.X, y, o.BoxWidth, heights[r]), align,
                        wrapped[r][s]));
                }
                y += heights[r] + o.RowGap;
            }
            foreach (var band in bands)
                _boxes.Add(PlaceBand(band.Name,
                    new FigureRect(bandX, rowTops[band.First], o.BandWidth, rowTops[band.Last] + heights[band.Last] - rowTops[band.First])));

            AddArrows();
            var height = y - o.RowGap + o.Margin;
            return new PrismaFigure(right + o.Margin, height, shaper.FamilyName, o.FontSize, _boxes, _arrows);

            Slot? Other(string name, double column) => arms.OtherArm ? new Slot(name, column) : null;
        }

        private static List<Slot> Row(params Slot?[] slots) => slots.OfType<Slot>().ToList();

        private void AddArrows()
        {
            Down("box2", "box4");
            Across("box2", "box3");
            Across("box4", "box5");
            Down("box4", "box6");
            Across("box6", "box7");
            Down("box6", "box8");
            Across("box8", "box9");
            Down("box8", "box10");
            if (arms.OtherArm)
            {
                Down("box11", "box12");
                Across("box12", "box13");
                Down("box12", "box14");
                Across("box14", "box15");
                var from = Bounds("box14");
                var to = Bounds("box10");
                _arrows.Add(new PrismaArrow("box14", "box10",
                    [new(from.CenterX, from.Bottom), new(from.CenterX, to.CenterY), new(to.Right, to.CenterY)]));
            }
            if (arms.PreviousArm)
            {
                Down("box10", "box16");
                var from = Bounds("box1");
                var to = Bounds("box16");
                _arrows.Add(new PrismaArrow("box1", "box16",
                    [new(from.CenterX, from.Bottom), new(from.CenterX, to.CenterY), new(to.X, to.CenterY)]));
            }
        }

        private void Down(string from, string to)
        {
            var a = Bounds(from);
            _arrows.Add(new PrismaArrow(from, to, [new(a.CenterX, a.Bottom), new(a.CenterX, Bounds(to).Y)]));
        }

        private void Across(string from, string to)
        {
            var a = Bounds(from);
            _arrows.Add(new PrismaArrow(from, to, [new(a.Right, a.CenterY), new(Bounds(to).X, a.CenterY)]));
        }

        private FigureRect Bounds(string name) => _boxes.First(b => b.Name == name).Bounds;

        /// <summary>The box's text broken into lines of at most <paramref name="boxWidth"/> less the padding; a newline in the text is a forced break.</summary>
        private IReadOnlyList<TextLine> Wrap(string name, double boxWidth, TextStyle style)
        {
            var width = boxWidth - 2 * o.Padding;
            var text = KeepGroupsWhole(texts.TryGetValue(name, out var t) ? t : "", width, style);
            return LineBreaker.Break(Atoms(text, style), width, shaper, BoxLines);
        }

        /// <summary>
        /// A box's parenthesised group ("(n = 74)", "(n not reported)") is tied into one unit when it fits a line, so a
        /// count never starts a line without its "(n": the box rule beside the engine's ties, which bind only "n = 74".
        /// </summary>
        private string KeepGroupsWhole(string text, double width, TextStyle style)
        {
            var result = new System.Text.StringBuilder(text);
            for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
            {
                var close = text.IndexOfAny([')', '('], open + 1);
                if (close < 0 || text[close] != ')') continue;
                var group = text[open..(close + 1)];
                if (group.Contains('\n') || shaper.Shape(group, style).Width > width) continue;
                for (var i = open; i <= close; i++)
                    if (text[i] == ' ') result[i] = Ties.NoBreakSpace;
            }
            return result.ToString();
        }

        private IReadOnlyList<TextAtom> Atoms(string text, TextStyle style)
        {
            var atoms = new AtomBuilder(shaper);
            var paragraphs = text.Split('\n');
            for (var i = 0; i < paragraphs.Length; i++)
            {
                if (i > 0) atoms.HardBreak();
                atoms.Append(paragraphs[i], style, link: null, sourceLine: 0);
            }
            return atoms.Atoms;
        }

        private double Height(int lineCount) => Math.Max(lineCount, 1) * _lineHeight + 2 * o.Padding;

        /// <summary>A band's text on one line, its newlines read as spaces.</summary>
        private TextLine BandLine(string name)
        {
            var atoms = Atoms(texts.TryGetValue(name, out var text) ? text.Replace('\n', ' ') : "", _bold);
            return new TextLine(atoms, LineBreaker.LineWidth(atoms), IsLast: true);
        }

        private double BandTextWidth(string name) => BandLine(name).NaturalWidth;

        private PrismaBox Place(string name, PrismaBoxKind kind, FigureRect bounds, PrismaAlign align, IReadOnlyList<TextLine> lines)
        {
            var top = bounds.Y + (bounds.Height - lines.Count * _lineHeight) / 2;
            var placed = lines.Select((line, i) =>
            {
                var left = align == PrismaAlign.Left ? bounds.X + o.Padding : bounds.CenterX - line.NaturalWidth / 2;
                var lineTop = top + i * _lineHeight;
                return new FigureLine(line, left, lineTop, _lineHeight, Baseline(lineTop));
            }).ToList();
            return new PrismaBox(name, kind, bounds, align, placed);
        }

        /// <summary>One bold line, centred in the box's turned frame (its width runs along the box's height).</summary>
        private PrismaBox PlaceBand(string name, FigureRect bounds)
        {
            var line = BandLine(name);
            var top = bounds.CenterY - _lineHeight / 2;
            IReadOnlyList<FigureLine> lines = line.Atoms.Count == 0 ? [] : [new FigureLine(line, bounds.CenterX - line.NaturalWidth / 2, top, _lineHeight, Baseline(top))];
            return new PrismaBox(name, PrismaBoxKind.Band, bounds, PrismaAlign.Center, lines);
        }

        /// <summary>Puts the middle of capital letters (about 0.35 em above the baseline) in the middle of the line box.</summary>
        private double Baseline(double lineTop) => lineTop + _lineHeight / 2 + 0.35 * o.FontSize;
    }
}
