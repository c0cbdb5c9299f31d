using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>Vertical space that shrinks to what is left at the foot of a page rather than push content on.</summary>
internal sealed class SpacerElement(double height) : IElement
{
    public SpacePlan Measure(Size available) => SpacePlan.AllFits(available.Width, Math.Min(height, available.Height));

    public void Draw(ICanvas canvas, Rect area)
    {
    }

    public void ResetState()
    {
    }
}
