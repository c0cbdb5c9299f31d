using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>A footnote reference becomes \footnote with the footnote's text, set where it is referenced.</summary>
internal sealed class FootnoteLinkRenderer : MarkdownObjectRenderer<LatexRenderer, FootnoteLink>
{
    /// <summary>Footnotes being written: one that refers to itself ("[^1]: see [^1]") would be written inside itself for ever.</summary>
    private readonly HashSet<Footnote> _open = [];

    protected override void Write(LatexRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink || !_open.Add(link.Footnote)) return;
        try
        {
            var text = renderer.Capture(() => renderer.WriteChildren(link.Footnote));
            renderer.Write(@"\footnote{").Write(text.Trim()).Write('}');
        }
        finally
        {
            _open.Remove(link.Footnote);
        }
    }
}
