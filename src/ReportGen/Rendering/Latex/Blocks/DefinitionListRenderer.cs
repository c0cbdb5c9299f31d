using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Latex.Blocks;

internal sealed class DefinitionListRenderer : MarkdownObjectRenderer<LatexRenderer, DefinitionList>
{
    protected override void Write(LatexRenderer renderer, DefinitionList list)
    {
        var inEnvironment = renderer.CanNestList(list);
        renderer.EnsureLine();
        if (inEnvironment) renderer.WriteLine(@"\begin{description}");
        renderer.ListNesting++;
        foreach (var item in list.OfType<DefinitionItem>())
        {
            foreach (var block in item)
            {
                if (block is DefinitionTerm term)
                {
                    renderer.EnsureLine();
                    // Braces keep a ']' in the term from ending the optional argument.
                    renderer.Write(inEnvironment ? @"\item[{" : @"\par\noindent\textbf{");
                    renderer.WriteLeafInline(term);
                    renderer.WriteLine(inEnvironment ? "}]" : "}");
                }
                else
                {
                    renderer.Render(block);
                }
            }
        }
        renderer.ListNesting--;
        renderer.EnsureLine();
        if (inEnvironment) renderer.WriteLine(@"\end{description}");
        renderer.FinishBlock();
    }
}
