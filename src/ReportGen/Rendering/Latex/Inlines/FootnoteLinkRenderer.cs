using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>A footnote reference becomes \footnote with the footnote's text, set where it is referenced.</summary>
internal sealed class FootnoteLinkRenderer : MarkdownObjectRenderer<LatexRenderer, FootnoteLink>
{
    protected override void Write(LatexRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink) return;
        var text = renderer.Capture(() => renderer.WriteChildren(link.Footnote));
        renderer.Write(@"\footnote{").Write(text.Trim()).Write('}');
    }
}
