using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Lays out the PRISMA 2020 flow diagram for new reviews: the identified total on top, the arm titles, then rows of
/// boxes (main path on the left of each arm, side boxes to its right) beside the Identification, Screening and
/// Included bands. Boxes of one row share their height, so side arrows are straight; every height comes from the
/// wrapped text, and a band too short for its word makes its last row taller.
/// </summary>
internal static class PrismaLayout
{
    public static PrismaFigure Create(FlowCounts counts, IReadOnlyDictionary<string, string> boxTexts, ITextMeasurer measurer) =>
        Create(counts, boxTexts, measurer, new PrismaLayoutOptions());

    public static PrismaFigure Create(
        FlowCounts counts, IReadOnlyDictionary<string, string> boxTexts, ITextMeasurer measurer, PrismaLayoutOptions options) =>
        new Builder(PrismaBoxes.Of(counts), boxTexts, measurer, options).Build();

    private sealed record Slot(string Name, double X);

    private sealed class Builder(PrismaBoxes arms, IReadOnlyDictionary<string, string> texts, ITextMeasurer measurer, PrismaLayoutOptions o)
    {
        private readonly double _lineHeight = measurer.LineHeight(o.FontSize);
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
                var lines = Wrap(PrismaBoxes.Total, width, FontStyle.Regular);
                _boxes.Add(Place(PrismaBoxes.Total, PrismaBoxKind.Note, new FigureRect(contentLeft, y, width, Height(lines.Count)),
                    PrismaAlign.Center, lines, FontStyle.Regular));
                y += Height(lines.Count) + o.RowGap / 2;
            }

            List<(string Name, double X, double Width)> headers = [("newstud", colA, colB + o.BoxWidth - colA)];
            if (arms.PreviousArm) headers.Insert(0, ("prevstud", colP, o.BoxWidth));
            if (arms.OtherArm) headers.Add(("othstud", colC, colD + o.BoxWidth - colC));
            var headerLines = headers.Select(h => Wrap(h.Name, h.Width, FontStyle.Bold)).ToList();
            var headerHeight = Height(headerLines.Max(l => l.Count));
            for (var i = 0; i < headers.Count; i++)
                _boxes.Add(Place(headers[i].Name, PrismaBoxKind.Header, new FigureRect(headers[i].X, y, headers[i].Width, headerHeight),
                    PrismaAlign.Center, headerLines[i], FontStyle.Bold));
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
            var wrapped = rows.Select(r => r.Select(s => Wrap(s.Name, o.BoxWidth, FontStyle.Regular)).ToList()).ToList();
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
                        wrapped[r][s], FontStyle.Regular));
                }
                y += heights[r] + o.RowGap;
            }
            foreach (var band in bands)
                _boxes.Add(PlaceBand(band.Name,
                    new FigureRect(bandX, rowTops[band.First], o.BandWidth, rowTops[band.Last] + heights[band.Last] - rowTops[band.First])));

            AddArrows();
            var height = y - o.RowGap + o.Margin;
            return new PrismaFigure(right + o.Margin, height, measurer.FamilyName, o.FontSize, _boxes, _arrows);

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

        private List<string> Wrap(string name, double boxWidth, FontStyle style) =>
            (texts.TryGetValue(name, out var text) ? text : "")
                .Split('\n')
                .SelectMany(line => TextWrapper.Wrap(line, boxWidth - 2 * o.Padding, measurer, o.FontSize, style))
                .ToList();

        private double Height(int lineCount) => Math.Max(lineCount, 1) * _lineHeight + 2 * o.Padding;

        private double BandTextWidth(string name) =>
            measurer.Width(texts.TryGetValue(name, out var text) ? text.Replace('\n', ' ') : "", o.FontSize, FontStyle.Bold);

        private PrismaBox Place(string name, PrismaBoxKind kind, FigureRect bounds, PrismaAlign align, List<string> lines, FontStyle style)
        {
            var top = bounds.Y + (bounds.Height - lines.Count * _lineHeight) / 2;
            var placed = lines.Select((text, i) =>
            {
                var width = measurer.Width(text, o.FontSize, style);
                var left = align == PrismaAlign.Left ? bounds.X + o.Padding : bounds.CenterX - width / 2;
                var lineTop = top + i * _lineHeight;
                return new TextLine(text, left, lineTop, width, _lineHeight, Baseline(lineTop), style);
            }).ToList();
            return new PrismaBox(name, kind, bounds, align, placed);
        }

        /// <summary>One bold line, centred in the box's turned frame (its width runs along the box's height).</summary>
        private PrismaBox PlaceBand(string name, FigureRect bounds)
        {
            var text = texts.TryGetValue(name, out var t) ? t.Replace('\n', ' ') : "";
            var width = BandTextWidth(name);
            var top = bounds.CenterY - _lineHeight / 2;
            var line = new TextLine(text, bounds.CenterX - width / 2, top, width, _lineHeight, Baseline(top), FontStyle.Bold);
            return new PrismaBox(name, PrismaBoxKind.Band, bounds, PrismaAlign.Center, [line]);
        }

        /// <summary>Puts the middle of capital letters (about 0.35 em above the baseline) in the middle of the line box.</summary>
        private double Baseline(double lineTop) => lineTop + _lineHeight / 2 + 0.35 * o.FontSize;
    }
}
