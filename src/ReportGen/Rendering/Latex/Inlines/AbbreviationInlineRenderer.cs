using Markdig.Extensions.Abbreviations;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class AbbreviationInlineRenderer : MarkdownObjectRenderer<LatexRenderer, AbbreviationInline>
{
    protected override void Write(LatexRenderer renderer, AbbreviationInline abbreviation) =>
        renderer.WriteText(abbreviation.Abbreviation.Label ?? "", abbreviation.Line, abbreviation.Column);
}
