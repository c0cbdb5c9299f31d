namespace ReportGen.Rendering.Prisma;

/// <summary>
/// How the figure looks, shared by every writer that draws it (SVG, and the PDF and DOCX through
/// <see cref="PrismaPainter"/>): colours, strokes, corners and arrowheads, all in points.
/// </summary>
internal static class PrismaStyle
{
    public const string Stroke = "#000000";
    public const double StrokeWidth = 0.8;
    public const double CornerRadius = 4;
    public const double ArrowHead = 6;

    public static string Fill(PrismaBox box) => box.Kind switch
    {
        PrismaBoxKind.Band => "#A9C7E8",
        PrismaBoxKind.Header when box.Name == "newstud" => "#FBD87F",
        PrismaBoxKind.Header => "#D9D9D9",
        _ => "#FFFFFF",
    };

    /// <summary>Titles and bands have round corners; step boxes are square, as in the PRISMA 2020 template.</summary>
    public static double Corner(PrismaBox box) => box.Kind == PrismaBoxKind.Step ? 0 : CornerRadius;

    /// <summary>
    /// The arrow's line, which stops where the head begins so its square end does not poke through the tip, and the
    /// head's three corners (tip first).
    /// </summary>
    public static (IReadOnlyList<FigurePoint> Line, FigurePoint[] Head) Arrow(PrismaArrow arrow)
    {
        var points = arrow.Points;
        var tip = points[^1];
        var before = points[^2];
        var dx = tip.X - before.X;
        var dy = tip.Y - before.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (ux, uy) = length == 0 ? (0.0, 1.0) : (dx / length, dy / length);
        var head = Math.Min(ArrowHead, length);
        var baseX = tip.X - ux * head;
        var baseY = tip.Y - uy * head;
        var halfWidth = head / 2;
        var line = points.Take(points.Count - 1).Append(new FigurePoint(baseX, baseY)).ToList();
        return (line, [tip, new(baseX - uy * halfWidth, baseY + ux * halfWidth), new(baseX + uy * halfWidth, baseY - ux * halfWidth)]);
    }
}
