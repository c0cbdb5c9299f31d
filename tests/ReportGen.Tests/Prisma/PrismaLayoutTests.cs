using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Prisma;

public class PrismaLayoutTests
{
    private const double Tolerance = 1e-6;
    private static readonly PrismaLayoutOptions Options = new();

    public static TheoryData<string> FlowFiles => new() { "review-flow.csv", "all-arms.csv", "PRISMA.csv" };

    internal static PrismaFigure Figure(string flowFile, ITextMeasurer measurer)
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
        var measurer = new FakeTextMeasurer();
        foreach (var box in Figure(flowFile, measurer).Boxes)
        {
            var r = box.Bounds;
            foreach (var line in box.Lines)
            {
                Assert.Equal(measurer.Width(line.Text, Options.FontSize, line.Style), line.Width, 6);
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
        var figure = Figure(flowFile, new FakeTextMeasurer());
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
        var figure = Figure(flowFile, new FakeTextMeasurer());
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
        var fonts = FontLocator.FindSerif();
        Assert.NotNull(fonts);
        using var measurer = new SkiaTextMeasurer(fonts);
        var figure = Figure("all-arms.csv", measurer);
        foreach (var box in figure.Boxes.Where(b => b.Kind is PrismaBoxKind.Step or PrismaBoxKind.Header))
            Assert.All(box.Lines, line => Assert.True(line.Left + line.Width <= box.Bounds.Right - Options.Padding + Tolerance, $"{box.Name}: '{line.Text}'"));
    }

    [Fact]
    public void Create_ReviewFlow_DrawsOtherArmButNotPreviousStudies()
    {
        var names = Figure("review-flow.csv", new FakeTextMeasurer()).Boxes.Select(b => b.Name).ToHashSet();
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
        var figure = PrismaLayout.Create(counts, texts, new FakeTextMeasurer());

        Assert.DoesNotContain(figure.Boxes, b => b.Name is "othstud" or "box11" or "box14");
        Assert.Contains(figure.Boxes, b => b.Name == "box16");
        Assert.DoesNotContain(figure.Arrows, a => a.From == "box14");
    }

    [Fact]
    public void Create_WhenBandWordIsLongerThanItsRows_MakesTheRowTaller()
    {
        var counts = FlowCountsBuilder.With(without: ["previous_studies", "previous_reports"]);
        var texts = new Dictionary<string, string> { ["included"] = "Included in the review and its synthesis" };
        var figure = PrismaLayout.Create(counts, texts, new FakeTextMeasurer(), Options);

        var band = figure.Box("included")!;
        Assert.True(band.Lines[0].Width <= band.Bounds.Height - 2 * Options.Padding + Tolerance);
        Assert.Equal(band.Bounds.Height, figure.Box("box10")!.Bounds.Height, 6);
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
