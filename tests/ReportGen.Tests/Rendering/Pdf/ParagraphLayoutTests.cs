using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Layout;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

public class ParagraphLayoutTests
{
    [Fact]
    public void Draw_Justified_EndsEveryLineButTheLastAtTheRightEdge()
    {
        var paragraph = Paragraph("aa bbb c dddd ee ffff g hh iii jj", TextAlignment.Justify);
        var canvas = new RecordingCanvas();
        canvas.BeginPage(new Size(200, 200));
        paragraph.Draw(canvas, new Rect(10, 10, 60, 100));
        var lines = canvas.Pages[0].Texts.GroupBy(t => t.Baseline).ToList();
        Assert.True(lines.Count >= 3);
        foreach (var line in lines.SkipLast(1))
            Assert.Equal(70, line.Last().X + line.Last().Width, 3);
        Assert.True(lines[^1].Last().X + lines[^1].Last().Width < 70 - 1);
        Assert.All(lines, l => Assert.Equal(10, l.First().X, 3));
    }

    [Fact]
    public void Measure_FiveLinesWithRoomForFour_LeavesTwoForTheNextPage()
    {
        var paragraph = Paragraph(Words(25));
        var plan = paragraph.Measure(new Size(100, 4 * 12.5));
        Assert.Equal(SpacePlanKind.PartFits, plan.Kind);
        Assert.Equal(3 * 12.5, plan.Size.Height, 3);
    }

    [Fact]
    public void Measure_RoomForOneLineAtTheStart_MovesTheWholeParagraph()
    {
        var paragraph = Paragraph(Words(25));
        var plan = paragraph.Measure(new Size(100, 1.5 * 12.5));
        Assert.Equal(SpacePlanKind.NothingFits, plan.Kind);
        Assert.Contains("line 1", plan.Reason);
    }

    [Fact]
    public void Measure_WithoutWidowControl_TakesEveryLineThatFits()
    {
        var paragraph = Paragraph(Words(25), widowOrphan: false);
        Assert.Equal(4 * 12.5, paragraph.Measure(new Size(100, 4 * 12.5)).Size.Height, 3);
    }

    [Fact]
    public void Draw_AcrossTwoAreas_ContinuesWhereItStopped()
    {
        var paragraph = Paragraph(Words(25));
        var canvas = new RecordingCanvas();
        canvas.BeginPage(new Size(100, 100));
        paragraph.Draw(canvas, new Rect(0, 0, 100, 4 * 12.5));
        canvas.BeginPage(new Size(100, 100));
        paragraph.Draw(canvas, new Rect(0, 0, 100, 100));
        Assert.Equal(3, Lines(canvas.Pages[0]).Count);
        Assert.Equal(2, Lines(canvas.Pages[1]).Count);
        Assert.Equal("w16 w17 w18 w19 w20", Lines(canvas.Pages[1])[0]);
        Assert.Equal(SpacePlanKind.AllFits, paragraph.Measure(new Size(100, 100)).Kind);
        Assert.Equal(0, paragraph.Measure(new Size(100, 100)).Size.Height);
    }
}
