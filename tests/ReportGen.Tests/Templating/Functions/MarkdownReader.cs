using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering;

namespace ReportGen.Tests.Templating.Functions;

/// <summary>Reads Markdown the way the writers will: through the program's one Markdig pipeline.</summary>
internal static class MarkdownReader
{
    /// <summary>
    /// The literal text of a single paragraph, or "" when there is no block at all. Any inline other than a
    /// literal, emphasis (shown as *…*) or link (shown as [text](url)) shows up as «TypeName», so markup that slipped through is visible in a failure.
    /// </summary>
    public static string ParagraphText(string markdown)
    {
        var document = MarkdownDocumentParser.Parse(markdown);
        if (document.Count == 0)
        {
            return "";
        }
        if (document.Count != 1 || document[0] is not ParagraphBlock paragraph)
        {
            return $"«{string.Join(",", document.Select(b => b.GetType().Name))}»";
        }
        return InlineText(paragraph.Inline);
    }

    /// <summary>
    /// The cells of the first table in the document, as literal text; null when there is no table. Parsed with the
    /// program's pipeline unless another is given (e.g. a GitHub-like one, to read a written .md as GitHub would).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? TableCells(string markdown, MarkdownPipeline? pipeline = null)
    {
        var table = Markdig.Markdown.Parse(markdown, pipeline ?? MarkdownDocumentParser.Pipeline).Descendants<Table>().FirstOrDefault();
        return table?.OfType<TableRow>()
            .Select(row => (IReadOnlyList<string>)row.OfType<TableCell>()
                .Select(cell => string.Concat(cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))
                .ToList())
            .ToList();
    }

    private static string InlineText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        if (container is not null)
        {
            AppendInlines(container, builder);
        }
        return builder.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case EmphasisInline emphasis:
                    var marker = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    builder.Append(marker);
                    AppendInlines(emphasis, builder);
                    builder.Append(marker);
                    break;
                case LinkInline link:
                    builder.Append('[');
                    AppendInlines(link, builder);
                    builder.Append("](").Append(link.Url).Append(')');
                    break;
                default:
                    builder.Append('«').Append(inline.GetType().Name).Append('»');
                    break;
            }
        }
    }
}
