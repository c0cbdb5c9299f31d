using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Text;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Prisma;

public class PrismaLayoutTests
{
    private const double Tolerance = 1e-6;
    private static readonly PrismaLayoutOptions Options = new();

    public static TheoryData<string> FlowFiles => new() { "review-flow.csv", "all-arms.csv", "PRISMA.csv" };

    internal static PrismaFigure Figure(string flowFile, ITextShaper measurer)
    {
        var bag = new DiagnosticBag();
        var counts = FlowCsvReader.Read(PrismaFiles.TestFile(flowFile), bag)!;
        var texts = PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, counts, bag)!;
        Assert.False(bag.HasErrors);
        return PrismaLayout.Create(counts, texts, measurer, Options);
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Create_PutsEveryTextLineInsideItsBox(string flowFile)
    {
        var measurer = new FakeTextShaper();
        foreach (var box in Figure(flowFile, measurer).Boxes)
        {
            var r = box.Bounds;
            foreach (var line in box.Lines)
            {
                Assert.Equal(measurer.Shape(line.Text, line.Style).Width, line.Width, 6);
                if (box.Kind == PrismaBoxKind.Band)
                {
                    // A band's text runs along its height.
                    Assert.True(line.Width <= r.Height - 2 * Options.Padding + Tolerance, $"{box.Name}: '{line.Text}' is longer than the band");
                    Assert.True(line.Height <= r.Width + Tolerance, $"{box.Name}: line is thicker than the band");
                    continue;
                }
                Assert.True(line.Left >= r.X + Options.Padding - Tolerance, $"{box.Name}: '{line.Text}' starts left of the box");
                Assert.True(line.Left + line.Width <= r.Right - Options.Padding + Tolerance, $"{box.Name}: '{line.Text}' runs past the box");
                Assert.True(line.Top >= r.Y - Tolerance && line.Top + line.Height <= r.Bottom + Tolerance, $"{box.Name}: '{line.Text}' is outside vertically");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Create_KeepsBoxesApartAndInsideTheFigure(string flowFile)
    {
        var figure = Figure(flowFile, new FakeTextShaper());
        foreach (var a in figure.Boxes)
        {
            Assert.True(a.Bounds.X >= 0 && a.Bounds.Y >= 0 && a.Bounds.Right <= figure.Width && a.Bounds.Bottom <= figure.Height, $"{a.Name} leaves the figure");
            foreach (var b in figure.Boxes.Where(b => string.CompareOrdinal(a.Name, b.Name) < 0))
                Assert.False(a.Bounds.Overlaps(b.Bounds), $"{a.Name} overlaps {b.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Create_StartsAndEndsArrowsOnBoxEdges(string flowFile)
    {
        var figure = Figure(flowFile, new FakeTextShaper());
        Assert.NotEmpty(figure.Arrows);
        foreach (var arrow in figure.Arrows)
        {
            Assert.True(OnEdge(figure.Box(arrow.From)!.Bounds, arrow.Points[0]), $"{arrow.From}→{arrow.To} does not start on {arrow.From}");
            Assert.True(OnEdge(figure.Box(arrow.To)!.Bounds, arrow.Points[^1]), $"{arrow.From}→{arrow.To} does not end on {arrow.To}");
            foreach (var box in figure.Boxes.Where(b => b.Kind == PrismaBoxKind.Step && b.Name != arrow.From && b.Name != arrow.To))
                for (var i = 1; i < arrow.Points.Count; i++)
                    Assert.False(Crosses(box.Bounds, arrow.Points[i - 1], arrow.Points[i]), $"{arrow.From}→{arrow.To} crosses {box.Name}");
        }
    }

    [Fact]
    public void Create_WithTheInstalledSerifFont_KeepsTextInsideBoxes()
    {
        using var shaper = TextFonts.Open(fontFile: null, characters: null, new DiagnosticBag(), "test");
        Assert.NotNull(shaper);
        var figure = Figure("all-arms.csv", shaper);
        foreach (var box in figure.Boxes.Where(b => b.Kind is PrismaBoxKind.Step or PrismaBoxKind.Header))
            Assert.All(box.Lines, line => Assert.True(line.Left + line.Width <= box.Bounds.Right - Options.Padding + Tolerance, $"{box.Name}: '{line.Text}'"));
    }

    [Fact]
    public void Create_ReviewFlow_DrawsOtherArmButNotPreviousStudies()
    {
        var names = Figure("review-flow.csv", new FakeTextShaper()).Boxes.Select(b => b.Name).ToHashSet();
        Assert.Contains("othstud", names);
        Assert.Contains("box15", names);
        Assert.Contains("total", names);
        Assert.DoesNotContain("prevstud", names);
        Assert.DoesNotContain("box1", names);
        Assert.DoesNotContain("box16", names);
    }

    [Fact]
    public void Create_WithoutOtherMethods_DrawsOneArm()
    {
        var other = new[] { "website_results", "organisation_results", "citations_results", "other_sought_reports",
            "other_notretrieved_reports", "other_assessed", "other_excluded" };
        var counts = FlowCountsBuilder.With(without: other);
        var texts = PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, counts, new DiagnosticBag())!;
        var figure = PrismaLayout.Create(counts, texts, new FakeTextShaper());

        Assert.DoesNotContain(figure.Boxes, b => b.Name is "othstud" or "box11" or "box14");
        Assert.Contains(figure.Boxes, b => b.Name == "box16");
        Assert.DoesNotContain(figure.Arrows, a => a.From == "box14");
    }

    [Fact]
    public void Create_WhenBandWordIsLongerThanItsRows_MakesTheRowTaller()
    {
        var counts = FlowCountsBuilder.With(without: ["previous_studies", "previous_reports"]);
        var texts = new Dictionary<string, string> { ["included"] = "Included in the review and its synthesis" };
        var figure = PrismaLayout.Create(counts, texts, new FakeTextShaper(), Options);

        var band = figure.Box("included")!;
        Assert.True(band.Lines[0].Width <= band.Bounds.Height - 2 * Options.Padding + Tolerance);
        Assert.Equal(band.Bounds.Height, figure.Box("box10")!.Bounds.Height, 6);
    }

    [Fact]
    public void Create_BreaksBoxTextWithTheParagraphsLineBreaker_RaggedRight()
    {
        var shaper = new FakeTextShaper();
        var counts = FlowCountsBuilder.With(without: ["previous_studies", "previous_reports"]);
        const string text = "Reports excluded after the full text was read for its eligibility (n = 1234)";
        var figure = PrismaLayout.Create(counts, new Dictionary<string, string> { ["box9"] = text }, shaper, Options);

        var atoms = new AtomBuilder(shaper);
        atoms.Append(text, new TextStyle(Options.FontSize), link: null, sourceLine: 0);
        var expected = LineBreaker.Break(atoms.Atoms, Options.BoxWidth - 2 * Options.Padding, shaper, new LineBreakOptions { Ragged = true });
        var lines = figure.Box("box9")!.Lines;
        Assert.Equal(expected.Select(l => l.Text), lines.Select(l => l.Text));
        Assert.True(lines.Count >= 3, $"the text should need several lines, not {lines.Count}");
        // Ragged right: no line is stretched to the measure, so each keeps its natural width.
        Assert.All(lines, l => Assert.Equal(l.Line.NaturalWidth, shaper.Shape(l.Text, l.Style).Width, 6));
    }

    [Theory]
    [InlineData("Duplicate records removed (n = 74)")]
    [InlineData("Records marked as ineligible by automation tools (n = 1234567)")]
    [InlineData("Reports not retrieved because they were behind paywalls (n = 10)")]
    public void Create_NeverSplitsACountFromItsNEquals(string text)
    {
        var counts = FlowCountsBuilder.With();
        // Narrow boxes, so that the count is often at a line's end.
        var options = Options with { BoxWidth = PrismaLayoutOptions.NarrowestBox };
        var figure = PrismaLayout.Create(counts, new Dictionary<string, string> { ["box3"] = text }, new FakeTextShaper(), options);

        var lines = figure.Box("box3")!.Lines.Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.Contains("(n = ", StringComparison.Ordinal) && l.EndsWith(')'));
        Assert.DoesNotContain(lines, l => l.EndsWith("(n", StringComparison.Ordinal) || l.EndsWith('='));
    }

    [Fact]
    public void Create_TakesANewlineAsAForcedBreak_AndCutsOnlyAWordWiderThanTheBox()
    {
        var counts = FlowCountsBuilder.With();
        var texts = new Dictionary<string, string> { ["box3"] = "Records removed:\nAbcdefghijklmnopqrstuvwxyzabcdefghijklmnop" };
        var figure = PrismaLayout.Create(counts, texts, new FakeTextShaper(), Options);

        var box = figure.Box("box3")!;
        Assert.Equal("Records removed:", box.Lines[0].Text);
        Assert.True(box.Lines.Count >= 3, "the word wider than the box is cut over several lines");
        Assert.All(box.Lines, l => Assert.True(l.Width <= Options.BoxWidth - 2 * Options.Padding + Tolerance, $"'{l.Text}' runs past the box"));
        Assert.Equal("Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", string.Concat(box.Lines.Skip(1).Select(l => l.Text)));
    }

    [Fact]
    public void Create_DoesNotHyphenateBoxText()
    {
        var counts = FlowCountsBuilder.With();
        var texts = new Dictionary<string, string> { ["box3"] = "Records excluded after screening of titles and abstracts by two independent reviewers" };
        var figure = PrismaLayout.Create(counts, texts, new FakeTextShaper(), Options with { BoxWidth = PrismaLayoutOptions.NarrowestBox });

        Assert.All(figure.Box("box3")!.Lines, l => Assert.False(l.Text.EndsWith('-'), $"'{l.Text}' ends in a hyphen"));
        Assert.Equal(texts["box3"], string.Join(' ', figure.Box("box3")!.Lines.Select(l => l.Text)));
    }

    private static bool OnEdge(FigureRect r, FigurePoint p)
    {
        var withinX = p.X >= r.X - Tolerance && p.X <= r.Right + Tolerance;
        var withinY = p.Y >= r.Y - Tolerance && p.Y <= r.Bottom + Tolerance;
        var onVertical = Math.Abs(p.X - r.X) < Tolerance || Math.Abs(p.X - r.Right) < Tolerance;
        var onHorizontal = Math.Abs(p.Y - r.Y) < Tolerance || Math.Abs(p.Y - r.Bottom) < Tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }

    /// <summary>Whether an axis-parallel segment passes through the inside of a rectangle.</summary>
    private static bool Crosses(FigureRect r, FigurePoint a, FigurePoint b)
    {
        var segment = new FigureRect(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));
        return segment.X < r.Right && r.X < segment.Right && segment.Y < r.Bottom && r.Y < segment.Bottom
            || (segment.Width == 0 && segment.X > r.X && segment.X < r.Right && segment.Y < r.Bottom && r.Y < segment.Bottom)
            || (segment.Height == 0 && segment.Y > r.Y && segment.Y < r.Bottom && segment.X < r.Right && r.X < segment.Right);
    }
}
