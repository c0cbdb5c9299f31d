using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>Emphasis, strong, and the extra forms: ~~strike~~, ~sub~, ^sup^, ++inserted++, ==marked==, ""cited"".</summary>
internal sealed class EmphasisInlineRenderer : MarkdownObjectRenderer<LatexRenderer, EmphasisInline>
{
    protected override void Write(LatexRenderer renderer, EmphasisInline emphasis)
    {
        var command = (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => @"\emph",
            ('*' or '_', _) => @"\textbf",
            ('~', 1) => @"\textsubscript",
            ('~', _) => @"\sout",
            ('^', _) => @"\textsuperscript",
            ('+', _) => @"\uline",
            ('"', _) => @"\emph",
            _ => null,
        };
        if (command is @"\sout" or @"\uline") renderer.Packages.Use("ulem", "normalem");
        if (command is null)
        {
            renderer.WriteChildren(emphasis);
            return;
        }
        renderer.Write(command).Write('{');
        renderer.WriteChildren(emphasis);
        renderer.Write('}');
    }
}
