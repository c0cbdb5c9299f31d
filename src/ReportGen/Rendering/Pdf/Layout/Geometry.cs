namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>Sizes and positions are in points (1/72 inch), origin at the top left, y growing downwards.</summary>
internal readonly record struct Size(double Width, double Height);

internal readonly record struct Point(double X, double Y);

internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public Size Size => new(Width, Height);
}
