using System.Xml;
using System.Xml.Linq;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Pdf;

/// <summary>
/// Every character a PDF of a document may draw, so that its fonts can be cut down to them (<see cref="FontSubsetter"/>):
/// the document's text, the text of its figures, and a fixed margin that covers what the layout writes itself
/// (page numbers, list numbers and bullets, "(continued)"): printable ASCII, Latin-1 and general punctuation.
/// A character missed here is not drawn silently in another glyph: the fonts then lack it and the writer reports it (RG401).
/// </summary>
internal static class DocumentCharacters
{
    private static readonly (int First, int Last)[] Margin =
    [
        (0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x205E),
    ];

    public static HashSet<int> Of(MarkdownDocument document, PdfOptions options)
    {
        var characters = WithMargin();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: Add(characters, literal.Content.AsSpan()); break;
                case CodeInline code: Add(characters, code.Content); break;
                case AutolinkInline autolink: Add(characters, autolink.Url); break;
                case HtmlEntityInline entity: Add(characters, entity.Transcoded.ToString()); break;
                case AbbreviationInline abbreviation: Add(characters, abbreviation.Abbreviation.Label ?? ""); break;
                case CodeBlock code: Add(characters, code.Lines.ToString()); break;
                case LinkInline { IsImage: true, Url: { } url } when options.Figures.TryGetValue(url, out var figure):
                    foreach (var line in figure.Boxes.SelectMany(b => b.Lines)) Add(characters, line.Text);
                    break;
                case LinkInline { IsImage: true, Url: { } url } when url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase):
                    if (options.ReadSvg(url) is { } svg) AddSvgText(characters, svg);
                    break;
            }
        }
        return characters;
    }

    public static HashSet<int> OfFigure(Prisma.PrismaFigure figure)
    {
        var characters = WithMargin();
        foreach (var line in figure.Boxes.SelectMany(b => b.Lines)) Add(characters, line.Text);
        return characters;
    }

    private static HashSet<int> WithMargin() =>
        Margin.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1)).ToHashSet();

    /// <summary>
    /// Text and attribute values with entities resolved; the raw text when it is not well-formed XML (a superset).
    /// </summary>
    private static void AddSvgText(HashSet<int> characters, string svg)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var drawing = XDocument.Load(reader);
            foreach (var text in drawing.DescendantNodes().OfType<XText>()) Add(characters, text.Value);
            foreach (var attribute in drawing.Descendants().Attributes()) Add(characters, attribute.Value);
        }
        catch (XmlException)
        {
            Add(characters, svg);
        }
    }

    private static void Add(HashSet<int> characters, string text) => Add(characters, text.AsSpan());

    private static void Add(HashSet<int> characters, ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes()) characters.Add(rune.Value);
    }
}
