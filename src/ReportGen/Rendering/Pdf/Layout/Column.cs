using ReportGen.Rendering.Pdf.Canvas;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom. The column decides where a page ends: a child that keeps together
/// moves to the next page unless it starts the page, and children that keep with the next one are
/// carried over with it rather than left at the foot of a page.
/// </summary>
internal sealed class Column(IReadOnlyList<IElement> children) : IElement
{
    private int _current;

    public IReadOnlyList<IElement> Children => children;
    public bool KeepWithNext => children.Count > 0 && children[^1].KeepWithNext;

    public SpacePlan Measure(Size available) => Plan(available).Plan;

    private (SpacePlan Plan, List<(int Index, SpacePlan Plan)> Placements) Plan(Size available)
    {
        var placements = new List<(int Index, SpacePlan Plan)>();
        var used = 0.0;
        SpacePlan? failure = null;
        var done = _current >= children.Count;
        for (var i = _current; i < children.Count; i++)
        {
            var plan = children[i].Measure(available with { Height = Math.Max(0, available.Height - used) });
            if (!plan.Fits)
            {
                failure = plan;
                break;
            }
            if (plan.Kind == SpacePlanKind.PartFits && children[i].KeepTogether && placements.Count > 0) break;
            placements.Add((i, plan));
            used += plan.Size.Height;
            if (plan.Kind == SpacePlanKind.PartFits) break;
            done = i == children.Count - 1;
        }

        if (!done)
            while (placements.Count > 1 && placements[^1].Plan.Kind == SpacePlanKind.AllFits && children[placements[^1].Index].KeepWithNext)
            {
                used -= placements[^1].Plan.Size.Height;
                placements.RemoveAt(placements.Count - 1);
            }

        if (done && placements.Count == children.Count - _current)
            return (SpacePlan.AllFits(available.Width, used), placements);
        if (placements.Count == 0)
            return (failure ?? SpacePlan.NothingFits("nothing fits"), placements);
        return (SpacePlan.PartFits(available.Width, used), placements);
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        var (_, placements) = Plan(area.Size);
        var y = area.Y;
        foreach (var (index, plan) in placements)
        {
            children[index].Draw(canvas, new Rect(area.X, y, area.Width, plan.Size.Height));
            y += plan.Size.Height;
            if (plan.Kind == SpacePlanKind.AllFits) _current = index + 1;
        }
    }

    public void CollectParagraphs(double width, List<(Elements.ParagraphElement Paragraph, double Width)> into)
    {
        foreach (var child in children) child.CollectParagraphs(width, into);
    }

    public void ResetState()
    {
        _current = 0;
        foreach (var child in children) child.ResetState();
    }
}
