using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Text;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Records what layout draws, page by page, so tests can assert positions and sizes instead of pixels.</summary>
internal sealed class RecordingCanvas : ICanvas
{
    public sealed record TextItem(string Text, double X, double Baseline, double Width, double FontSize);
    public sealed record LineItem(Point From, Point To, double Thickness);

    public sealed class Page(Size size)
    {
        public Size Size { get; } = size;
        public List<TextItem> Texts { get; } = [];
        public List<LineItem> Lines { get; } = [];
        public List<Rect> Pictures { get; } = [];
        public List<(Rect Area, string Url)> Links { get; } = [];
        public List<(string Title, Point At)> Outline { get; } = [];

        public string JoinedText => string.Join(" ", Texts.Select(t => t.Text));
    }

    public List<Page> Pages { get; } = [];
    private Page? _current;
    private Page Current => _current ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginPage(Size size) => Pages.Add(_current = new Page(size));
    public void EndPage() => _current = null;
    public void DrawText(ShapedText text, Point baseline) =>
        Current.Texts.Add(new TextItem(text.Text, baseline.X, baseline.Y, text.Width, text.Style.FontSize));
    public void DrawLine(Point from, Point to, double thickness) => Current.Lines.Add(new LineItem(from, to, thickness));
    public void DrawPicture(IPicture picture, Rect area) => Current.Pictures.Add(area);
    public void LinkToUrl(Rect area, string url) => Current.Links.Add((area, url));
    public void AddOutlineEntry(int level, string title, string destinationName, Point at) => Current.Outline.Add((title, at));
}
