using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>
/// $…$ is written as the literal text it is: the other writers cannot set mathematics, and a dollar pair
/// in data must never become LaTeX that runs.
/// </summary>
internal sealed class MathInlineRenderer : MarkdownObjectRenderer<LatexRenderer, MathInline>
{
    protected override void Write(LatexRenderer renderer, MathInline math)
    {
        var delimiter = new string(math.Delimiter, math.DelimiterCount);
        renderer.WriteText(delimiter + math.Content + delimiter, math.Line, math.Column);
    }
}
