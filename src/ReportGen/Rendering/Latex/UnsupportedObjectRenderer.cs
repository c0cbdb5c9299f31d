using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex;

/// <summary>
/// Every node no other renderer takes. Containers are written through their children; other nodes are
/// reported, because silently dropping text from a manuscript is worse than a warning.
/// </summary>
internal sealed class UnsupportedObjectRenderer : MarkdownObjectRenderer<LatexRenderer, MarkdownObject>
{
    protected override void Write(LatexRenderer renderer, MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                renderer.WriteChildren(container);
                return;
            case DelimiterInline delimiter:
                renderer.WriteText(delimiter.ToLiteral(), delimiter.Line, delimiter.Column);
                return;
            case ContainerInline inlines:
                renderer.WriteChildren(inlines);
                return;
            case LeafBlock { Inline: not null } leaf:
                renderer.EnsureLine();
                renderer.WriteLeafInline(leaf);
                renderer.FinishBlock();
                return;
            default:
                renderer.Warn(node, LatexDiagnosticCodes.UnsupportedElement,
                    $"the Markdown element {node.GetType().Name} has no LaTeX form; it was left out",
                    "Use the forms described in src/ReportGen/Rendering/README.md.");
                return;
        }
    }
}
