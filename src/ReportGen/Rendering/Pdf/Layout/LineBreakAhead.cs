using System.Collections.Concurrent;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Breaks every paragraph of a document into lines before the page loop, on all cores. Total-fit line breaking is most
/// of layout's work, each paragraph's lines depend only on its atoms and its width, and the page loop is sequential;
/// so the loop then finds the lines ready and only paginates and draws. The output is the same bytes either way: a
/// paragraph's lines are the same whichever thread breaks them, and warnings are still reported by the loop, in order.
/// </summary>
internal static class LineBreakAhead
{
    /// <summary>Paragraphs handed to a thread at once: enough to amortise the hand-over, few enough to share the work evenly.</summary>
    private const int Batch = 16;

    public static void Run(IReadOnlyList<Section> sections, Margins margins)
    {
        var paragraphs = new List<(Elements.ParagraphElement Paragraph, double Width)>();
        foreach (var section in sections) section.Content.CollectParagraphs(margins.Body(section.PageSize).Width, paragraphs);
        // A paragraph is broken by one thread only, at the first width it was found with.
        var seen = new HashSet<Elements.ParagraphElement>(ReferenceEqualityComparer.Instance);
        paragraphs.RemoveAll(p => !seen.Add(p.Paragraph));
        if (paragraphs.Count < 2 * Batch || Environment.ProcessorCount < 2)
        {
            foreach (var (paragraph, width) in paragraphs) paragraph.BreakAhead(width);
            return;
        }
        Parallel.ForEach(Partitioner.Create(0, paragraphs.Count, Batch), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) paragraphs[i].Paragraph.BreakAhead(paragraphs[i].Width);
        });
    }
}
