using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>Walks Markdig inlines and feeds their text, in the right style and with link targets, to an <see cref="AtomBuilder"/>.</summary>
internal static class InlineCollector
{
    public static void Collect(ContainerInline? container, TextStyle style, AtomBuilder atoms, int blockLine) =>
        Collect(container, style, null, atoms, blockLine);

    private static void Collect(ContainerInline? container, TextStyle style, string? link, AtomBuilder atoms, int blockLine)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            var line = inline.Line > 0 ? inline.Line + 1 : blockLine;
            switch (inline)
            {
                case LiteralInline literal:
                    atoms.Append(literal.Content.AsSpan(), style, link, line);
                    break;
                case CodeInline code:
                    atoms.Append(code.Content, style with { Monospace = true, FontSize = style.FontSize * 0.9 }, link, line);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard) atoms.HardBreak();
                    else atoms.Append(" ", style, link, line);
                    break;
                case HtmlEntityInline entity:
                    atoms.Append(entity.Transcoded.ToString(), style, link, line);
                    break;
                case AutolinkInline autolink:
                    atoms.Append(autolink.Url, style, ExternalTarget(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url), line);
                    break;
                case LinkInline { IsImage: true } image:
                    Collect(image, style.With(FontStyle.Italic), link, atoms, blockLine);
                    break;
                case LinkInline linkInline:
                    Collect(linkInline, style, ExternalTarget(linkInline.GetDynamicUrl?.Invoke() ?? linkInline.Url) ?? link, atoms, blockLine);
                    break;
                case EmphasisInline emphasis:
                    Collect(emphasis, Emphasised(style, emphasis), link, atoms, blockLine);
                    break;
                case AbbreviationInline abbreviation:
                    atoms.Append(abbreviation.Abbreviation.Label ?? "", style, link, line);
                    break;
                case ContainerInline other:
                    Collect(other, style, link, atoms, blockLine);
                    break;
                case HtmlInline:
                    break;
            }
        }
    }

    public static string PlainText(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
            }
        return text.ToString().Trim();
    }

    /// <summary>Only links that leave the document become PDF link annotations; "#id" targets stay plain text.</summary>
    private static string? ExternalTarget(string? url) =>
        string.IsNullOrWhiteSpace(url) || url.StartsWith('#') ? null : url;

    private static TextStyle Emphasised(TextStyle style, EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '*' or '_' when emphasis.DelimiterCount >= 2 => style.With(FontStyle.Bold),
        '*' or '_' => style.With(FontStyle.Italic),
        _ => style,
    };
}
