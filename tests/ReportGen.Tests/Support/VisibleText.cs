using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering;

namespace ReportGen.Tests.Support;

/// <summary>
/// The text a reader of a Markdown document sees, which every output format must print: literal text, code,
/// link texts and autolinks, one line per block. Markup, attributes, raw HTML and image alt texts (the writers
/// draw the image instead) are left out.
/// </summary>
internal static class VisibleText
{
    public static string Of(string markdown) => Of(MarkdownDocumentParser.Parse(markdown));

    public static string Of(MarkdownObject node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return builder.ToString();
    }

    private static void Append(MarkdownObject node, StringBuilder builder)
    {
        switch (node)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder);
                break;
            case CodeBlock code:
                builder.Append(code.Lines.ToString()).Append('\n');
                break;
            case LeafBlock leaf:
                if (leaf.Inline is not null) Append(leaf.Inline, builder);
                builder.Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container) Append(child, builder);
                break;
        }
    }
}
