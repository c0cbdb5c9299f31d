using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering.Typography;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>Literal text, with the spaces that <see cref="Ties"/> binds written as ties ("~"), as the PDF sets them.</summary>
internal sealed class LiteralInlineRenderer : MarkdownObjectRenderer<LatexRenderer, LiteralInline>
{
    protected override void Write(LatexRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!renderer.TextStyle.Code)
            text = Ties.Apply(text, TextOf(literal.PreviousSibling, last: true), TextOf(literal.NextSibling, last: false));
        renderer.WriteText(text, literal.Line, literal.Column);
    }

    /// <summary>The text beside a literal in the same paragraph; Markdig splits text at every escaped character.</summary>
    private static string? TextOf(Inline? inline, bool last) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        ContainerInline container => TextOf(last ? container.LastChild : container.FirstChild, last),
        _ => null,
    };
}
