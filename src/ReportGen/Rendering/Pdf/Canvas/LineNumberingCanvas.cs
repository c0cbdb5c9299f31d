using System.Globalization;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>
/// Numbers the lines of running text in the left margin, continuously through the document, as LaTeX's lineno
/// does for a submission: each page's baselines are collected while it is drawn and numbered when it ends.
/// </summary>
internal sealed class LineNumberingCanvas(ICanvas inner, ITextShaper shaper, TextStyle style, double rightEdge) : ICanvas
{
    private readonly SortedSet<double> _baselines = [];
    private int _number;

    public void BeginPage(Size size)
    {
        _baselines.Clear();
        inner.BeginPage(size);
    }

    public void EndPage()
    {
        foreach (var baseline in _baselines)
        {
            var text = shaper.Shape((++_number).ToString(CultureInfo.InvariantCulture), style);
            inner.DrawText(text, new Point(rightEdge - text.Width, baseline));
        }
        inner.EndPage();
    }

    /// <summary>Cells side by side share a baseline; it is numbered once.</summary>
    public void MarkTextLine(double baseline) => _baselines.Add(Math.Round(baseline, 2));

    public void DrawText(ShapedText text, Point baseline) => inner.DrawText(text, baseline);
    public void DrawLine(Point from, Point to, double thickness) => inner.DrawLine(from, to, thickness);
    public void DrawPicture(IPicture picture, Rect area) => inner.DrawPicture(picture, area);
    public void LinkToUrl(Rect area, string url) => inner.LinkToUrl(area, url);
    public void AddOutlineEntry(int level, string title, string destinationName, Point at) => inner.AddOutlineEntry(level, title, destinationName, at);
}
