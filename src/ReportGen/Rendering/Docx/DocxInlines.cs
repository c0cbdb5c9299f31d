using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Markdig inlines as runs. Emphasis, code and links are character styles; a numbered caption's "Table 2" is a
/// bookmarked SEQ field; in running text, "Table 2" is a REF field to that bookmark when the document has the caption.
/// </summary>
internal sealed class DocxInlines(DocxContext context)
{
    /// <summary>Whether "Table 2" in the text becomes a cross-reference (running text) or stays text (table cells, links).</summary>
    public List<OpenXmlElement> Write(ContainerInline? inline, bool crossReferences, RunFormat format = default)
    {
        var into = new List<OpenXmlElement>();
        Collect(inline, format, into, crossReferences);
        return into;
    }

    private void Collect(ContainerInline? container, RunFormat format, List<OpenXmlElement> into, bool references)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Literal(literal, format, into, references);
                    break;
                case CodeInline code:
                    into.AddRange(DocxText.Runs(code.Content, format.Within(Style(DocxStyles.VerbatimChar), false, false)));
                    break;
                case LineBreakInline lineBreak:
                    into.AddRange(DocxText.Runs(lineBreak.IsHard ? "\n" : " ", format));
                    break;
                case HtmlEntityInline entity:
                    into.AddRange(DocxText.Runs(entity.Transcoded.ToString(), format));
                    break;
                case AutolinkInline autolink:
                    Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, format, into, references,
                        (f, _) => [.. DocxText.Runs(autolink.Url, f)]);
                    break;
                case LinkInline { IsImage: true } image:
                    Collect(image, format.Within(Style(DocxStyles.Emphasis), false, true), into, references);
                    break;
                case LinkInline link:
                    Link(link.GetDynamicUrl?.Invoke() ?? link.Url, format, into, references, (f, r) =>
                    {
                        var runs = new List<OpenXmlElement>();
                        Collect(link, f, runs, r);
                        return runs;
                    });
                    break;
                case EmphasisInline emphasis:
                    Collect(emphasis, Emphasised(format, emphasis), into, references);
                    break;
                case AbbreviationInline abbreviation:
                    into.AddRange(DocxText.Runs(abbreviation.Abbreviation.Label ?? "", format));
                    break;
                case ContainerInline other:
                    Collect(other, format, into, references);
                    break;
            }
        }
    }

    private void Literal(LiteralInline literal, RunFormat format, List<OpenXmlElement> into, bool references)
    {
        var text = literal.Content.ToString();
        if (context.Captions.StartingWith(literal) is { } caption)
        {
            var bookmark = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            into.Add(new BookmarkStart { Name = caption.Bookmark, Id = bookmark });
            // The label as written (with its own space or no-break space), then the number as a SEQ field.
            into.AddRange(DocxText.Runs(text[..(caption.Label.Length + 1)], format));
            into.AddRange(DocxFields.Sequence(caption.Identifier, caption.Number, caption.RestartAt, format));
            into.Add(new BookmarkEnd { Id = bookmark });
            text = text[caption.PrefixLength..];
        }
        else if (references)
        {
            foreach (var (piece, target) in context.Captions.SplitReferences(text))
                into.AddRange(target is null ? DocxText.Runs(piece, format) : DocxFields.Reference(target.Bookmark, piece, format));
            return;
        }
        into.AddRange(DocxText.Runs(text, format));
    }

    /// <summary>
    /// An external link becomes a Word hyperlink in the Hyperlink style; a link within the document, or one Word
    /// cannot hold, keeps its text only. <paramref name="content"/> writes the link's text in a format, with or without cross-references.
    /// </summary>
    private void Link(string? url, RunFormat format, List<OpenXmlElement> into, bool references,
        Func<RunFormat, bool, List<OpenXmlElement>> content)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith('#') || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            into.AddRange(content(format, references));
            return;
        }
        var id = context.NextRelationshipId("Link");
        context.Main.AddHyperlinkRelationship(uri, isExternal: true, id);
        into.Add(new Hyperlink(content(format.Within(Style(DocxStyles.Hyperlink), false, false), false)) { Id = id, History = true });
    }

    private RunFormat Emphasised(RunFormat format, EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '*' or '_' when emphasis.DelimiterCount >= 2 => format.Within(Style(DocxStyles.Strong), bold: true, italic: false),
        '*' or '_' => format.Within(Style(DocxStyles.Emphasis), bold: false, italic: true),
        _ => format,
    };

    private string Style(StyleKey key) => context.Styles.Id(key);
}
