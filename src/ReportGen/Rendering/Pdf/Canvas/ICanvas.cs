using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>
/// Everything layout needs from a drawing surface. Kept small so that layout tests can record calls
/// instead of rendering, and so that Skia is one implementation among possible others.
/// </summary>
internal interface ICanvas
{
    void BeginPage(Size size);
    void EndPage();

    /// <summary>Draws shaped text with its left end of the baseline at <paramref name="baseline"/>.</summary>
    void DrawText(ShapedText text, Point baseline);

    void DrawLine(Point from, Point to, double thickness);

    void DrawPicture(IPicture picture, Rect area);

    void LinkToUrl(Rect area, string url);

    /// <summary>A named place to jump to, and its entry in the document outline (bookmarks).</summary>
    void AddOutlineEntry(int level, string title, string destinationName, Point at);

    /// <summary>A line of running text with its baseline here, for the margin's line numbers; most canvases ignore it.</summary>
    void MarkTextLine(double baseline) { }
}

/// <summary>A vector drawing with its natural size in points (an SVG figure).</summary>
internal interface IPicture
{
    Size Size { get; }
}
