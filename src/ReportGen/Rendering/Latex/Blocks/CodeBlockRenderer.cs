using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// Code as escaped typewriter text, line by line, rather than a verbatim environment: verbatim ends at the
/// first "\end{verbatim}" in the code and cannot stand inside another command's argument.
/// </summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<LatexRenderer, CodeBlock>
{
    private static readonly TextStyle CodeStyle = new(Code: true, Breakable: true);

    protected override void Write(LatexRenderer renderer, CodeBlock code)
    {
        var inEnvironment = renderer.CanNestList(code);
        renderer.EnsureLine();
        renderer.WriteLine(inEnvironment ? @"\begin{flushleft}\ttfamily" : @"{\par\noindent\ttfamily");
        renderer.ListNesting++;
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            // \mbox{} keeps leading spaces, which TeX would drop at the start of a line.
            renderer.Write(@"\mbox{}");
            renderer.WriteText(line.Slice.ToString(), line.Line, line.Column, CodeStyle);
            renderer.WriteLine(i < lines.Count - 1 ? @"\\" : "");
        }
        renderer.ListNesting--;
        renderer.WriteLine(inEnvironment ? @"\end{flushleft}" : @"\par}");
        renderer.FinishBlock();
    }
}
