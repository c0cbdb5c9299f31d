using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class ListRenderer : MarkdownObjectRenderer<LatexRenderer, ListBlock>
{
    private static readonly string[] EnumerateCounters = ["enumi", "enumii", "enumiii", "enumiv"];

    protected override void Write(LatexRenderer renderer, ListBlock list)
    {
        var kindNesting = list.IsOrdered ? renderer.EnumerateNesting : renderer.ItemizeNesting;
        if (!renderer.CanNestList(list, kindNesting))
        {
            renderer.FinishBlock();
            foreach (var block in list.Cast<ContainerBlock>().SelectMany(item => item))
            {
                renderer.Render(block);
                renderer.FinishBlock();
            }
            return;
        }

        var environment = list.IsOrdered ? "enumerate" : "itemize";
        renderer.EnsureLine();
        renderer.WriteLine($@"\begin{{{environment}}}");
        if (list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && start != 1)
            renderer.WriteLine($@"\setcounter{{{EnumerateCounters[kindNesting]}}}{{{(start - 1).ToString(CultureInfo.InvariantCulture)}}}");

        Enter(renderer, list.IsOrdered, +1);
        foreach (var item in list)
        {
            renderer.EnsureLine();
            // \relax ends \item's search for an optional [label], so text that starts with '[' stays text.
            renderer.Write(@"\item\relax ");
            WriteItem(renderer, (ContainerBlock)item, list.IsLoose);
        }
        Enter(renderer, list.IsOrdered, -1);

        renderer.EnsureLine();
        renderer.WriteLine($@"\end{{{environment}}}");
        renderer.FinishBlock();
    }

    /// <summary>The item's first paragraph goes on the \item line itself; the rest follow as blocks.</summary>
    private static void WriteItem(LatexRenderer renderer, ContainerBlock item, bool loose)
    {
        var start = 0;
        if (item.Count > 0 && item[0] is ParagraphBlock first)
        {
            renderer.WriteLeafInline(first);
            if (loose) renderer.FinishBlock();
            else renderer.EnsureLine();
            start = 1;
        }
        for (var i = start; i < item.Count; i++)
            renderer.Render(item[i]);
    }

    private static void Enter(LatexRenderer renderer, bool ordered, int step)
    {
        renderer.ListNesting += step;
        if (ordered) renderer.EnumerateNesting += step;
        else renderer.ItemizeNesting += step;
    }
}
