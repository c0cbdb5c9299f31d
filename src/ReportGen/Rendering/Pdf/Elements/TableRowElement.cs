using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>Rules a table row draws along its edges (booktabs style: no vertical lines).</summary>
[Flags]
internal enum RowRules { None = 0, Top = 1, Bottom = 2 }

/// <summary>
/// One table row: cells side by side in columns that share the width by <paramref name="fractions"/>.
/// A row is kept on one page unless it starts the page; then its cells split between lines.
/// </summary>
internal sealed class TableRowElement(IReadOnlyList<IElement> cells, IReadOnlyList<double> fractions, RowRules rules) : IElement
{
    public const double PaddingX = 3;
    public const double PaddingY = 2.5;
    public const double HeavyRule = 0.8;
    public const double LightRule = 0.4;

    public bool KeepTogether => true;

    public IReadOnlyList<double> ColumnWidths(double width)
    {
        var widths = new double[fractions.Count];
        for (var i = 0; i < widths.Length; i++) widths[i] = fractions[i] * width;
        return widths;
    }

    public SpacePlan Measure(Size available) => Plan(available).Plan;

    public void CollectParagraphs(double width, List<(ParagraphElement Paragraph, double Width)> into)
    {
        var widths = ColumnWidths(width);
        for (var i = 0; i < cells.Count; i++) cells[i].CollectParagraphs(CellWidth(widths[i]), into);
    }

    private static double CellWidth(double columnWidth) => Math.Max(1, columnWidth - 2 * PaddingX);

    private (SpacePlan Plan, SpacePlan[] Cells) Plan(Size available)
    {
        var widths = ColumnWidths(available.Width);
        var inner = available.Height - 2 * PaddingY - RulesHeight;
        var plans = new SpacePlan[cells.Count];
        if (inner <= 0) return (SpacePlan.NothingFits("no room for a table row"), plans);
        var allFit = true;
        var height = 0.0;
        for (var i = 0; i < cells.Count; i++)
        {
            plans[i] = cells[i].Measure(new Size(CellWidth(widths[i]), inner));
            if (!plans[i].Fits) return (plans[i], plans);
            allFit &= plans[i].Kind == SpacePlanKind.AllFits;
            height = Math.Max(height, plans[i].Size.Height);
        }
        var total = height + 2 * PaddingY + RulesHeight;
        return (allFit ? SpacePlan.AllFits(available.Width, total) : SpacePlan.PartFits(available.Width, total), plans);
    }

    private double RulesHeight =>
        (rules.HasFlag(RowRules.Top) ? HeavyRule : 0) + (rules.HasFlag(RowRules.Bottom) ? LightRule : 0);

    public void Draw(ICanvas canvas, Rect area)
    {
        var (plan, cellPlans) = Plan(area.Size);
        if (!plan.Fits) return;
        var top = area.Y;
        if (rules.HasFlag(RowRules.Top))
        {
            canvas.DrawLine(new Point(area.X, top + HeavyRule / 2), new Point(area.Right, top + HeavyRule / 2), HeavyRule);
            top += HeavyRule;
        }
        var widths = ColumnWidths(area.Width);
        var x = area.X;
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].Draw(canvas, new Rect(x + PaddingX, top + PaddingY, CellWidth(widths[i]), cellPlans[i].Size.Height));
            x += widths[i];
        }
        if (rules.HasFlag(RowRules.Bottom))
        {
            var y = area.Y + plan.Size.Height - LightRule / 2;
            canvas.DrawLine(new Point(area.X, y), new Point(area.Right, y), LightRule);
        }
    }

    public void ResetState()
    {
        foreach (var cell in cells) cell.ResetState();
    }
}
