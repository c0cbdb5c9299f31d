using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Text;

namespace ReportGen.Rendering.Pdf.Markdown;

/// <summary>
/// Turns the Markdig tree into page sections of layout elements, following the forms in
/// Rendering/README.md. A table container with class <c>landscape</c> gets a section of its own on
/// landscape pages; the text after it continues on a new portrait page.
/// </summary>
internal sealed class PdfDocumentBuilder
{

    private readonly ITextShaper _shaper;
    private readonly PdfOptions _options;
    private readonly Func<string, (IPicture? Picture, string? Error)> _loadPicture;  // SVG text → picture
    private readonly DiagnosticBag _diagnostics;
    private readonly string _sourceName;
    private readonly PdfStyles _styles;
    private readonly TableBuilder _tables;
    private readonly List<Section> _sections = [];
    private readonly HashSet<(int, int)> _reportedGlyphs = [];
    private List<IElement> _portrait = [];
    private int _headingCount;
    private readonly Typesetting _typesetting;
    private bool _inReferences;
    private ReportDocument _document = null!;

    public PdfDocumentBuilder(ITextShaper shaper, PdfOptions options, Func<string, (IPicture?, string?)> loadPicture,
        DiagnosticBag diagnostics, string sourceName)
    {
        _shaper = shaper;
        _options = options;
        _loadPicture = loadPicture;
        _diagnostics = diagnostics;
        _sourceName = sourceName;
        _styles = new PdfStyles(options.BodyFontSize);
        _typesetting = new Typesetting(options.Metadata.Language, options.Layout, diagnostics, sourceName);
        _tables = new TableBuilder(shaper, _styles, ReportMissingGlyphs, _typesetting);
    }

    private Size Portrait => _options.PageSize;
    private Size Landscape => new(Portrait.Height, Portrait.Width);

    public IReadOnlyList<Section> Build(ReportDocument document)
    {
        _document = document;
        foreach (var block in document.Tree) AddBlock(block, _portrait, 0, Portrait);
        FlushPortrait();
        // A document with nothing to draw (a template that writes no text) still needs one page to be a PDF.
        if (_sections.Count == 0) _sections.Add(new Section(Portrait, new Column([])));
        return _sections;
    }

    private void FlushPortrait()
    {
        if (_portrait.Count > 0) _sections.Add(new Section(Portrait, new Column(_portrait)));
        _portrait = [];
    }

    private void AddBlock(Block block, List<IElement> into, double indent, Size page)
    {
        switch (block)
        {
            case HeadingBlock heading:
                into.Add(Heading(heading));
                break;
            case ParagraphBlock paragraph:
                into.Add(Paragraph(paragraph.Inline, _styles.Body, paragraph.Line + 1, indent, null));
                break;
            case ListBlock list:
                AddList(list, into, indent, page);
                break;
            case QuoteBlock quote:
                foreach (var child in quote) AddBlock(child, into, indent + _styles.ListIndent, page);
                break;
            case FencedCodeBlock or CodeBlock:
                into.Add(Code((LeafBlock)block, indent));
                break;
            case ThematicBreakBlock:
                into.Add(new RuleElement(0.5, _styles.ParagraphSpace));
                break;
            case CustomContainer container when _document.TableOf(container) is { } table:
                AddTable(table, into, page);
                break;
            case CustomContainer container when container.GetAttributes().Classes?.Contains("references") == true:
                _inReferences = true;
                foreach (var child in container) AddBlock(child, into, indent, page);
                _inReferences = false;
                break;
            case Table table:
                into.Add(_tables.Build(table, null, [], null, _options.Margins.Body(page).Width - indent));
                break;
            case Figure figure:
                AddFigure(figure, into, page);
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, into, indent, page);
                break;
        }
    }

    private HeadingElement Heading(HeadingBlock heading)
    {
        _headingCount++;
        var style = _styles.Heading(heading.Level);
        var id = heading.GetAttributes().Id;
        var name = "h" + _headingCount + (string.IsNullOrEmpty(id) ? "" : "-" + new string(id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray()));
        var atoms = Atoms(heading.Inline, style, heading.Line + 1);
        var format = _typesetting.Running(new ParagraphFormat(style) { SpaceAfter = _styles.ParagraphSpace * 0.8, KeepWithNext = true }, heading.Line + 1, hyphenate: false);
        var text = new ParagraphElement(atoms, format, _shaper, heading.Line + 1);
        return new HeadingElement(text, heading.Level, InlineCollector.PlainText(heading.Inline), name, _styles.BodySize * (heading.Level <= 2 ? 1.2 : 0.6));
    }

    private ParagraphElement Paragraph(ContainerInline? inline, TextStyle style, int line, double indent, ShapedText? marker)
    {
        // A reference list is set ragged right with a hanging indent: an unbreakable DOI would otherwise stretch its line.
        var format = _typesetting.Running(new ParagraphFormat(style, _options.Justify && !_inReferences ? TextAlignment.Justify : TextAlignment.Left)
        {
            LeftIndent = indent,
            HangingIndent = _inReferences ? _styles.ListIndent : 0,
            SpaceAfter = _styles.ParagraphSpace,
            Marker = marker,
        }, line, hyphenate: true);
        return new ParagraphElement(Atoms(inline, style, line), format, _shaper, line);
    }

    private void AddList(ListBlock list, List<IElement> into, double indent, Size page)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var itemIndent = indent + _styles.ListIndent;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = _shaper.Shape(list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "\u2022", _styles.Body);
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                    into.Add(Paragraph(paragraph.Inline, _styles.Body, paragraph.Line + 1, itemIndent, marker));
                else
                    AddBlock(child, into, itemIndent, page);
                first = false;
            }
        }
    }

    private ParagraphElement Code(LeafBlock code, double indent)
    {
        var atoms = new AtomBuilder(_shaper);
        // An empty block (a lone "$$" at the end of a document) has no line array at all.
        var lines = (code.Lines.Lines ?? []).Take(code.Lines.Count).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            atoms.Append(lines[i].Slice.ToString(), _styles.Code, null, code.Line + 2 + i);
            if (i < lines.Count - 1) atoms.HardBreak();
        }
        ReportMissingGlyphs(atoms.Atoms);
        var format = new ParagraphFormat(_styles.Code) { LeftIndent = indent + _styles.BodySize, SpaceAfter = _styles.ParagraphSpace };
        return new ParagraphElement(atoms.Atoms, format, _shaper, code.Line + 1);
    }

    private void AddTable(TableForm form, List<IElement> into, Size page)
    {
        var landscape = form.Landscape && page == Portrait;
        var tablePage = landscape ? Landscape : page;
        foreach (var block in form.BeforeTable) AddBlock(block, into, 0, page);
        var element = _tables.Build(form.Table, form.Caption, form.Notes.OfType<ParagraphBlock>().ToList(), form.Widths,
            _options.Margins.Body(tablePage).Width);
        if (landscape)
        {
            FlushPortrait();
            _sections.Add(new Section(Landscape, element));
        }
        else into.Add(element);
    }

    private void AddFigure(Figure figure, List<IElement> into, Size page)
    {
        var image = figure.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage);
        var captionBlock = figure.OfType<FigureCaption>().FirstOrDefault();
        var body = _options.Margins.Body(page);
        if (image?.Url is { } url)
        {
            var line = image.Line + 1;
            var svg = _options.ReadSvg(url);
            if (!url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
                _diagnostics.Warning(_sourceName, line, image.Column + 1, PdfCodes.ImageNotSvg,
                    $"the figure image '{url}' is not an SVG file; the PDF draws only SVG figures, so it is left out",
                    "Give the figure an .svg image.");
            else if (svg is null)
                _diagnostics.Error(_sourceName, line, image.Column + 1, PdfCodes.ImageMissing,
                    $"the figure image '{url}' was not found (looked for {Path.GetFullPath(Path.Combine(_options.BaseDirectory, url))})",
                    "Write the SVG next to the document, or set the PDF base directory to the folder that holds it.");
            else
            {
                var (picture, error) = _loadPicture(svg);
                if (picture is null)
                    _diagnostics.Error(_sourceName, line, image.Column + 1, PdfCodes.ImageNotSvg,
                        $"the figure image '{url}' could not be read as SVG: {error}", "Check that the file is a valid SVG document.");
                else
                    into.Add(new FigureElement(picture, body.Height * 0.8, _styles.ParagraphSpace));
            }
        }
        if (captionBlock is not null)
        {
            var style = _styles.Caption;
            var format = _typesetting.Running(new ParagraphFormat(style, TextAlignment.Center) { SpaceAfter = _styles.ParagraphSpace * 2 }, captionBlock.Line + 1, hyphenate: false);
            into.Add(new ParagraphElement(Atoms(captionBlock.Inline, style, captionBlock.Line + 1), format, _shaper, captionBlock.Line + 1));
        }
    }

    private IReadOnlyList<TextAtom> Atoms(ContainerInline? inline, TextStyle style, int line)
    {
        var atoms = new AtomBuilder(_shaper);
        InlineCollector.Collect(inline, style, atoms, line);
        ReportMissingGlyphs(atoms.Atoms);
        return atoms.Atoms;
    }

    /// <summary>Called for every atom list once, so that each missing character is reported once per line.</summary>
    private void ReportMissingGlyphs(IEnumerable<TextAtom> atoms)
    {
        foreach (var atom in atoms)
            foreach (var character in atom.Shaped.MissingCharacters)
                if (_reportedGlyphs.Add((character, atom.SourceLine)))
                    _diagnostics.Warning(_sourceName, atom.SourceLine, 1, PdfCodes.MissingGlyph,
                        $"no font has a glyph for U+{character:X4} ('{char.ConvertFromUtf32(character)}'); the PDF shows an empty box there",
                        "Install a font that has this character (for example Noto or DejaVu), or point the PDF font setting at one.");
    }
}
