using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class HtmlBlockRenderer : MarkdownObjectRenderer<LatexRenderer, HtmlBlock>
{
    protected override void Write(LatexRenderer renderer, HtmlBlock html) =>
        renderer.Warn(html, LatexDiagnosticCodes.RawHtml, "raw HTML has no LaTeX form; it was left out of the LaTeX output",
            "Write the content as Markdown instead of HTML.");
}
