using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class CodeInlineRenderer : MarkdownObjectRenderer<LatexRenderer, CodeInline>
{
    private static readonly TextStyle CodeStyle = new(Code: true, Breakable: true);

    protected override void Write(LatexRenderer renderer, CodeInline code)
    {
        renderer.Write(@"\texttt{");
        renderer.WriteText(code.Content, code.Line, code.Column + code.DelimiterCount, CodeStyle);
        renderer.Write('}');
    }
}
