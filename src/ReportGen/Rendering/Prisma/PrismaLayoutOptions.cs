using ReportGen.Analysis;
using ReportGen.Model;

namespace ReportGen.Rendering.Prisma;

/// <summary>
/// Sizes of the diagram in points. The defaults fit both arms and the bands in about 570 pt; <see cref="FittedTo"/>
/// narrows the boxes to the page's text width instead, so that the figure is printed at its own font size.
/// </summary>
internal sealed record PrismaLayoutOptions
{
    public double FontSize { get; init; } = 9;
    public double BoxWidth { get; init; } = 128;
    /// <summary>Between a box of the main path and its side box (removed, excluded, not retrieved).</summary>
    public double SideGap { get; init; } = 16;
    /// <summary>Between two arms (previous studies, databases and registers, other methods).</summary>
    public double ArmGap { get; init; } = 18;
    /// <summary>Between two rows; vertical arrows run in it.</summary>
    public double RowGap { get; init; } = 20;
    public double BandWidth { get; init; } = 20;
    public double BandGap { get; init; } = 8;
    public double Padding { get; init; } = 5;
    /// <summary>Room around the drawing so that strokes are not clipped.</summary>
    public double Margin { get; init; } = 2;

    /// <summary>Below this the boxes would wrap every word or two; a wider figure is then scaled to the page instead.</summary>
    public const double NarrowestBox = 80;

    /// <summary>
    /// The boxes narrowed (never widened) so the whole drawing, with the arms the flow uses, is at most
    /// <paramref name="width"/> wide: a figure that fits is printed unscaled, its text at <see cref="FontSize"/>.
    /// </summary>
    public PrismaLayoutOptions FittedTo(double width, PrismaBoxes arms)
    {
        var boxes = 2 + (arms.PreviousArm ? 1 : 0) + (arms.OtherArm ? 2 : 0);
        var gaps = 2 * Margin + BandWidth + BandGap + SideGap + (arms.PreviousArm ? ArmGap : 0) + (arms.OtherArm ? ArmGap + SideGap : 0);
        var box = Math.Floor((width - gaps) / boxes);
        return this with { BoxWidth = Math.Clamp(box, NarrowestBox, BoxWidth) };
    }
}
