using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class HtmlInlineRenderer : MarkdownObjectRenderer<LatexRenderer, HtmlInline>
{
    protected override void Write(LatexRenderer renderer, HtmlInline html) =>
        renderer.Warn(html, LatexDiagnosticCodes.RawHtml, $"the HTML tag {html.Tag} has no LaTeX form; it was left out",
            "Write the content as Markdown instead of HTML, or escape the '<' as \\< if it is meant as text.");
}
