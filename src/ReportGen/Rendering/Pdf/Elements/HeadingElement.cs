using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>A heading: its text, a named destination and an outline entry where it lands, kept with what follows.</summary>
internal sealed class HeadingElement(ParagraphElement text, int level, string title, string destinationName, double spaceBefore) : IElement
{
    private bool _outlined;

    public bool KeepWithNext => true;
    public bool KeepTogether => true;

    public void CollectParagraphs(double width, List<(ParagraphElement Paragraph, double Width)> into) => text.CollectParagraphs(width, into);

    public SpacePlan Measure(Size available)
    {
        var plan = text.Measure(available with { Height = Math.Max(0, available.Height - spaceBefore) });
        if (plan.Kind != SpacePlanKind.AllFits) return SpacePlan.NothingFits(plan.Reason ?? "a heading does not fit", plan.SourceLine);
        return plan.Size.Height == 0 ? plan : SpacePlan.AllFits(available.Width, plan.Size.Height + spaceBefore);
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        var textArea = new Rect(area.X, area.Y + spaceBefore, area.Width, Math.Max(0, area.Height - spaceBefore));
        if (!_outlined)
        {
            canvas.AddOutlineEntry(level, title, destinationName, new Point(area.X, textArea.Y));
            _outlined = true;
        }
        text.Draw(canvas, textArea);
    }

    public void ResetState()
    {
        _outlined = false;
        text.ResetState();
    }
}
