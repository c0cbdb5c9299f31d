using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Html;

/// <summary>
/// HTML typed into a template is shown as text, as in the LaTeX and PDF outputs: the page holds only the markup
/// ReportGen writes.
/// </summary>
internal static class RawHtmlAsText
{
    public sealed class Inline : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline html) => renderer.WriteEscape(html.Tag);
    }

    public sealed class Block : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock html)
        {
            renderer.EnsureLine().Write("<pre class=\"raw-html\">");
            renderer.WriteLeafRawLines(html, true, true);
            renderer.WriteLine("</pre>");
        }
    }
}
