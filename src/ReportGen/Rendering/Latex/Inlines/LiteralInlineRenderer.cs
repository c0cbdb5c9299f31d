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
        // Only a space can be a tie; most pieces of a large table have none, and need neither their neighbours' text nor a copy.
        if (renderer.TextStyle.Code || !text.Contains(' '))
        {
            renderer.WriteText(text, literal.Line, literal.Column);
            return;
        }
        var ties = Ties.Find(text, TextOf(literal.PreviousSibling, last: true), TextOf(literal.NextSibling, last: false));
        if (ties.Any(t => !t.Weak))
        {
            var chars = text.ToCharArray();
            foreach (var (index, weak) in ties)
                if (!weak) chars[index] = Ties.NoBreakSpace;
            text = new string(chars);
        }
        // A weak tie is a space TeX breaks only when every other choice is worse (penalty 1000), as the PDF's last pass does.
        var start = 0;
        foreach (var (index, _) in ties.Where(t => t.Weak))
        {
            renderer.WriteText(text[start..index], literal.Line, literal.Column + start);
            renderer.Write(@"\penalty1000\ ");
            start = index + 1;
        }
        renderer.WriteText(text[start..], literal.Line, literal.Column + start);
    }

    /// <summary>The text beside a literal in the same paragraph; Markdig splits text at every escaped character.</summary>
    private static string? TextOf(Inline? inline, bool last) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        ContainerInline container => TextOf(last ? container.LastChild : container.FirstChild, last),
        _ => null,
    };
}
