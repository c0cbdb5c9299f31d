using ReportGen.Analysis;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;

namespace ReportGen.Rendering.Prisma;

/// <summary>A laid-out PRISMA 2020 flow diagram in points, origin top left, ready for a writer to draw.</summary>
internal sealed record PrismaFigure(
    double Width, double Height, string FontFamily, double FontSize,
    IReadOnlyList<PrismaBox> Boxes, IReadOnlyList<PrismaArrow> Arrows)
{
    public PrismaBox? Box(string name) => Boxes.FirstOrDefault(b => b.Name == name);
}

internal enum PrismaBoxKind
{
    /// <summary>Text without a frame (the identified total).</summary>
    Note,
    /// <summary>The coloured title above an arm.</summary>
    Header,
    /// <summary>A stage band at the left; its text runs bottom to top.</summary>
    Band,
    /// <summary>A framed box of the flow.</summary>
    Step,
}

internal enum PrismaAlign { Left, Center }

/// <summary>
/// <see cref="Lines"/> are in the box's own reading frame: for a <see cref="PrismaBoxKind.Band"/> that frame is
/// the box turned a quarter left about its centre, so a line's width runs along the box's height.
/// </summary>
internal sealed record PrismaBox(string Name, PrismaBoxKind Kind, FigureRect Bounds, PrismaAlign Align, IReadOnlyList<TextLine> Lines);

/// <summary>One line of text: <see cref="Left"/> and <see cref="Width"/> as measured, <see cref="Top"/> and <see cref="Height"/> its line box.</summary>
internal sealed record TextLine(string Text, double Left, double Top, double Width, double Height, double Baseline, FontStyle Style);

/// <summary>An arrow along <see cref="Points"/>: it starts on an edge of <see cref="From"/> and its tip touches an edge of <see cref="To"/>.</summary>
internal sealed record PrismaArrow(string From, string To, IReadOnlyList<FigurePoint> Points);

internal readonly record struct FigurePoint(double X, double Y);

internal readonly record struct FigureRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    /// <summary>True when the two rectangles share some area (touching edges do not count).</summary>
    public bool Overlaps(FigureRect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
