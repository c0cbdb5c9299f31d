using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Document;
using MdTable = Markdig.Extensions.Tables.Table;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Walks the Markdig tree (the forms of Rendering/README.md) and writes the document body. A top-level container
/// with class <c>landscape</c> gets a landscape section of its own, with portrait sections before and after it
/// only where there is content; a container with class <c>references</c> sets its paragraphs as a bibliography.
/// </summary>
internal sealed class DocxBody
{
    private readonly DocxContext _context;
    private readonly DocxInlines _inlines;
    private readonly DocxTable _tables;
    private readonly DocxFigure _figures;
    private readonly string? _footerId;
    private readonly BodyWriter _body;
    private bool _landscape;
    private bool _sectionHasContent;

    public DocxBody(DocxContext context, string? footerId, BodyWriter body)
    {
        _body = body;
        _context = context;
        _inlines = new DocxInlines(context);
        _tables = new DocxTable(context, _inlines);
        _figures = new DocxFigure(context);
        _footerId = footerId;
    }

    public DocxNumbering Numbering { get; } = new();

    /// <summary>Writes the body's blocks, in document order, ending with the last section's properties.</summary>
    public void Write(ReportDocument document)
    {
        foreach (var block in document.Tree)
        {
            Orient(block is CustomContainer container && HasClass(container, "landscape"));
            var before = _body.Count;
            AddBlock(block, new Place(DocxStyles.Normal, null, null));
            if (_body.Count > before) _sectionHasContent = true;
        }
        // Word needs a paragraph after a table that ends the document.
        if (_body.EndsWithTable) _body.Append(new Paragraph());
        _body.Append(_context.Page.Section(_landscape, _context.Options.Layout, _footerId));
        _body.Flush();
    }

    /// <summary>Starts a section of the other orientation, ending the current one where it has content.</summary>
    private void Orient(bool landscape)
    {
        if (landscape == _landscape) return;
        if (_sectionHasContent)
        {
            var section = _context.Page.Section(_landscape, _context.Options.Layout, _footerId);
            if (_body.LastParagraph is { } last)
                (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = section;
            else
                _body.Append(new Paragraph(new ParagraphProperties(section)));
        }
        _landscape = landscape;
        _sectionHasContent = false;
    }

    private uint TextWidth => _context.Page.TextWidth(_landscape);
    private uint TextHeight => _context.Page.TextHeight(_landscape);

    private void AddBlock(Block block, Place place)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Append(heading.Level == 1 ? DocxStyles.Title : DocxStyles.Heading(heading.Level - 1), null, _inlines.Write(heading.Inline, crossReferences: true));
                break;
            case ParagraphBlock paragraph:
                Append(place.Style, place.Numbering, _inlines.Write(paragraph.Inline, crossReferences: true));
                break;
            case ListBlock list:
                AddList(list, place);
                break;
            case QuoteBlock quote:
                foreach (var child in quote) AddBlock(child, place with { Style = DocxStyles.Quote, Numbering = null });
                break;
            case FencedCodeBlock or CodeBlock:
                var lines = (((LeafBlock)block).Lines.Lines ?? []).Take(((LeafBlock)block).Lines.Count).Select(l => l.Slice.ToString());
                Append(DocxStyles.SourceCode, null, [.. DocxText.Runs(string.Join("\n", lines), default)]);
                break;
            case ThematicBreakBlock:
                _body.Append(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" }))));
                break;
            case CustomContainer container when _context.Document.TableOf(container) is { } table:
                AddTable(table);
                break;
            case CustomContainer container when HasClass(container, "references"):
                foreach (var child in container) AddBlock(child, place with { Style = DocxStyles.Bibliography });
                break;
            case MdTable table:
                _tables.Write(table, null, TextWidth, _body);
                break;
            case Figure figure:
                AddFigure(figure);
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, place);
                break;
        }
    }

    private void AddList(ListBlock list, Place place)
    {
        var level = place.ListLevel is { } outer ? Math.Min(outer + 1, 8) : 0;
        var start = int.TryParse(list.OrderedStart, out var first) ? first : 1;
        var id = list.IsOrdered ? Numbering.Ordered(level, start) : Numbering.Bullets();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var isFirst = true;
            foreach (var child in item)
            {
                // The item's first paragraph carries the number; what follows is indented under it.
                var numbering = isFirst && child is ParagraphBlock ? (id, level) : ((int, int)?)null;
                AddBlock(child, new Place(DocxStyles.ListParagraph, level, numbering));
                isFirst = false;
            }
        }
    }

    private void AddTable(TableForm table)
    {
        if (table.Caption is { } caption) Append(DocxStyles.Caption, null, _inlines.Write(caption.Inline, crossReferences: true));
        foreach (var block in table.BeforeTable) AddBlock(block, new Place(DocxStyles.Normal, null, null));
        _tables.Write(table.Table, table.Widths, TextWidth, _body);
        foreach (var note in table.Notes)
            AddBlock(note, new Place(DocxStyles.TableNote, null, null));
    }

    private void AddFigure(Figure figure)
    {
        if (figure.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage) is { } image && _figures.Build(image, TextWidth, TextHeight) is { } drawing)
            Append(DocxStyles.Figure, null, [new Run(drawing)]);
        if (figure.OfType<FigureCaption>().FirstOrDefault() is { } caption)
            Append(DocxStyles.Caption, null, _inlines.Write(caption.Inline, crossReferences: true));
    }

    private void Append(StyleKey style, (int Id, int Level)? numbering, List<OpenXmlElement> content)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = _context.Styles.Id(style) } };
        if (numbering is { } n)
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.Id });
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        _body.Append(paragraph);
    }

    private static bool HasClass(IMarkdownObject block, string name) => block.TryGetAttributes()?.Classes?.Contains(name) == true;

    /// <summary>Where a block sits: its paragraph style, the level of the list it is in, and its numbering if it opens a list item.</summary>
    private readonly record struct Place(StyleKey Style, int? ListLevel, (int Id, int Level)? Numbering);
}
