using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>
/// A vector picture, centred and scaled down (never up) to the width offered and to
/// <paramref name="maxHeight"/>, the tallest it may be on an empty page.
/// </summary>
internal sealed class FigureElement(IPicture picture, double maxHeight, double spaceAround) : IElement
{
    private bool _drawn;

    public bool KeepWithNext => true;

    private double Scale(double width) =>
        Math.Min(1, Math.Min(width / picture.Size.Width, maxHeight / picture.Size.Height));

    public SpacePlan Measure(Size available)
    {
        if (_drawn) return SpacePlan.AllFits(0, 0);
        var height = picture.Size.Height * Scale(available.Width) + 2 * spaceAround;
        return height <= available.Height + SpacePlan.Tolerance
            ? SpacePlan.AllFits(available.Width, height)
            : SpacePlan.NothingFits($"a figure needs {height:0} pt but only {available.Height:0} pt are left");
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        if (_drawn) return;
        var scale = Scale(area.Width);
        var size = new Size(picture.Size.Width * scale, picture.Size.Height * scale);
        canvas.DrawPicture(picture, new Rect(area.X + (area.Width - size.Width) / 2, area.Y + spaceAround, size.Width, size.Height));
        _drawn = true;
    }

    public void ResetState() => _drawn = false;
}
