using ReportGen.Analysis;
using ReportGen.Model;

namespace ReportGen.Rendering.Prisma;

/// <summary>Sizes of the diagram in points. The defaults fit both arms and the bands in about 590 pt.</summary>
public sealed record PrismaLayoutOptions
{
    public double FontSize { get; init; } = 9;
    public double BoxWidth { get; init; } = 128;
    /// <summary>Between a box of the main path and its side box (removed, excluded, not retrieved).</summary>
    public double SideGap { get; init; } = 20;
    /// <summary>Between two arms (previous studies, databases and registers, other methods).</summary>
    public double ArmGap { get; init; } = 24;
    /// <summary>Between two rows; vertical arrows run in it.</summary>
    public double RowGap { get; init; } = 20;
    public double BandWidth { get; init; } = 20;
    public double BandGap { get; init; } = 8;
    public double Padding { get; init; } = 5;
    /// <summary>Room around the drawing so that strokes are not clipped.</summary>
    public double Margin { get; init; } = 2;
}
