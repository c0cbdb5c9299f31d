using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>
/// A header drawn above the body on every page the body reaches: <paramref name="firstHeader"/> on the
/// first, <paramref name="continuedHeader"/> on the others. A rule closes the body on each page.
/// </summary>
internal sealed class RepeatedHeader(IElement firstHeader, IElement continuedHeader, IElement body, double closingRule) : IElement
{
    private bool _started;

    private IElement Header => _started ? continuedHeader : firstHeader;

    public void CollectParagraphs(double width, List<(ParagraphElement Paragraph, double Width)> into)
    {
        firstHeader.CollectParagraphs(width, into);
        continuedHeader.CollectParagraphs(width, into);
        body.CollectParagraphs(width, into);
    }

    public SpacePlan Measure(Size available)
    {
        var header = Header;
        header.ResetState();
        var headerPlan = header.Measure(available);
        if (headerPlan.Kind != SpacePlanKind.AllFits)
            return SpacePlan.NothingFits(headerPlan.Reason ?? "the table header does not fit", headerPlan.SourceLine);
        var bodyPlan = body.Measure(available with { Height = Math.Max(0, available.Height - headerPlan.Size.Height - closingRule) });
        if (!bodyPlan.Fits)
            return SpacePlan.NothingFits($"the table header and its first row do not fit: {bodyPlan.Reason}", bodyPlan.SourceLine);
        return bodyPlan with { Size = new Size(available.Width, headerPlan.Size.Height + bodyPlan.Size.Height + closingRule) };
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        var header = Header;
        header.ResetState();
        var headerHeight = header.Measure(area.Size).Size.Height;
        header.Draw(canvas, area with { Height = headerHeight });
        var bodyArea = new Rect(area.X, area.Y + headerHeight, area.Width, Math.Max(0, area.Height - headerHeight - closingRule));
        var bodyHeight = body.Measure(bodyArea.Size).Size.Height;
        body.Draw(canvas, bodyArea);
        var ruleY = bodyArea.Y + bodyHeight + closingRule / 2;
        canvas.DrawLine(new Point(area.X, ruleY), new Point(area.Right, ruleY), closingRule);
        _started = true;
    }

    public void ResetState()
    {
        _started = false;
        firstHeader.ResetState();
        continuedHeader.ResetState();
        body.ResetState();
    }
}
