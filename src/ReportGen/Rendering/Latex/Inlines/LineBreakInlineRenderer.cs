using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class LineBreakInlineRenderer : MarkdownObjectRenderer<LatexRenderer, LineBreakInline>
{
    // \newline, not \\: \\ would read a following '*' or '[' as its own argument.
    protected override void Write(LatexRenderer renderer, LineBreakInline lineBreak) =>
        renderer.WriteLine(lineBreak.IsHard ? @"\newline" : "");
}
