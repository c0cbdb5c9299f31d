using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>A horizontal line across the width with space above and below (Markdown's thematic break).</summary>
internal sealed class RuleElement(double thickness, double spaceAround) : IElement
{
    private bool _drawn;

    public SpacePlan Measure(Size available)
    {
        if (_drawn) return SpacePlan.AllFits(0, 0);
        var height = 2 * spaceAround + thickness;
        return height <= available.Height + SpacePlan.Tolerance
            ? SpacePlan.AllFits(available.Width, height)
            : SpacePlan.NothingFits("a rule needs " + height + " pt");
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        if (_drawn) return;
        var y = area.Y + spaceAround + thickness / 2;
        canvas.DrawLine(new Point(area.X, y), new Point(area.Right, y), thickness);
        _drawn = true;
    }

    public void ResetState() => _drawn = false;
}
