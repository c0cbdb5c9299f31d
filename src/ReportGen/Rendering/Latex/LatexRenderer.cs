using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Latex.Blocks;
using ReportGen.Rendering.Latex.Inlines;

namespace ReportGen.Rendering.Latex;

/// <summary>
/// Writes a Markdig tree as a LaTeX body: one small renderer per node type (as Markdig's HtmlRenderer),
/// plus the state every renderer shares: the packages used, the diagnostics, how literal text is set,
/// and how deep LaTeX's lists are nested.
/// </summary>
internal sealed class LatexRenderer : TextRendererBase<LatexRenderer>
{
    /// <summary>LaTeX stops with "Too deeply nested" beyond six list-like environments (quote, itemize, flushleft, …).</summary>
    public const int MaxListNesting = 6;

    /// <summary>itemize and enumerate each stop with "Too deeply nested" beyond four levels of their own kind.</summary>
    public const int MaxListKindNesting = 4;

    public LatexRenderer(TextWriter writer, ReportDocument document, DiagnosticBag diagnostics) : base(writer)
    {
        Document = document;
        Diagnostics = diagnostics;
        SourceName = document.SourceName;

        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CustomContainerRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new DefinitionListRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new SilentBlockRenderer<LinkReferenceDefinitionGroup>());
        ObjectRenderers.Add(new SilentBlockRenderer<FootnoteGroup>());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new MathInlineRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new TaskListRenderer());
        ObjectRenderers.Add(new AbbreviationInlineRenderer());

        // Last, because the first renderer that accepts a node wins and this one accepts every node.
        ObjectRenderers.Add(new UnsupportedObjectRenderer());
    }

    private (TextWriter? Writer, int Length, EscapeState State) _lastText;

    /// <summary>The document being written, with its forms (tables) already read.</summary>
    public ReportDocument Document { get; }

    public DiagnosticBag Diagnostics { get; }
    public string SourceName { get; }
    public LatexPackageSet Packages { get; } = new();

    /// <summary>How literal text is set where the renderer is now: table cells allow breaks inside long tokens.</summary>
    public TextStyle TextStyle { get; set; } = TextStyle.Prose;

    /// <summary>
    /// The Markdown level that becomes \section: the highest level in the document, so a manuscript whose
    /// sections are "##" (under a "#" title kept in the preamble) gets sections, not subsections numbered 0.1.
    /// </summary>
    public int TopHeadingLevel { get; set; } = 1;

    public int ListNesting { get; set; }
    public int ItemizeNesting { get; set; }
    public int EnumerateNesting { get; set; }

    /// <summary>Writes literal text found at 0-based <paramref name="line"/> and <paramref name="column"/> of the Markdown.</summary>
    public void WriteText(string text, int line, int column, TextStyle? style = null)
    {
        // One buffer and one callback for every piece of text: a table of 10,000 rows is hundreds of thousands of pieces.
        _escaped.Clear();
        _textAt = (line, column);
        var state = ContinuedState();
        LatexEscaper.Append(_escaped, text, style ?? TextStyle, Packages, _onUnmapped ??= ReportUnmapped, ref state);
        Write(string.Empty); // the renderer's own bookkeeping (indent, start of line), as for any text it writes
        foreach (var chunk in _escaped.GetChunks()) Writer.Write(chunk.Span);
        _lastText = (Writer, WrittenLength(), state);
    }

    private readonly StringBuilder _escaped = new();
    private (int Line, int Column) _textAt;
    private Action<int, Rune>? _onUnmapped;

    /// <summary>Everything the action writes, as a string instead of in the output, so it can be written twice.</summary>
    public string Capture(Action action)
    {
        var saved = Writer;
        var capture = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Writer = capture;
        try
        {
            action();
        }
        finally
        {
            Writer = saved;
        }
        return capture.ToString();
    }

    public string CaptureInlines(ContainerInline? inlines) => Capture(() =>
    {
        if (inlines is not null) WriteChildren(inlines);
    });

    /// <summary>Ends a block: a blank line, which LaTeX reads as the end of a paragraph.</summary>
    public void FinishBlock()
    {
        EnsureLine();
        WriteLine();
    }

    public void Warn(MarkdownObject at, string code, string message, string hint) =>
        Diagnostics.Warning(SourceName, at.Line + 1, at.Column + 1, code, message, hint);

    public void Error(MarkdownObject at, string code, string message, string hint) =>
        Diagnostics.Error(SourceName, at.Line + 1, at.Column + 1, code, message, hint);

    /// <summary>
    /// Whether one more list-like environment fits under LaTeX's nesting limit; when not, says so, and the
    /// caller writes the content without the environment.
    /// </summary>
    public bool CanNestList(MarkdownObject at, int kindNesting = 0)
    {
        if (ListNesting < MaxListNesting && kindNesting < MaxListKindNesting) return true;
        Warn(at, LatexDiagnosticCodes.NestingTooDeep,
            "lists, quotes and code blocks are nested deeper than LaTeX allows; this one is written without its indentation",
            "Nest lists and block quotes at most four levels deep.");
        return false;
    }

    /// <summary>
    /// The escaper's state after the text written just before, when nothing else was written since:
    /// two literals side by side read as one text.
    /// </summary>
    private EscapeState ContinuedState() =>
        ReferenceEquals(_lastText.Writer, Writer) && _lastText.Length == WrittenLength() ? _lastText.State : new EscapeState();

    private int WrittenLength() => Writer is StringWriter written ? written.GetStringBuilder().Length : -1;

    /// <summary>Reports a character of the text being written (<see cref="WriteText"/>) at <paramref name="index"/> in it.</summary>
    private void ReportUnmapped(int index, Rune rune) =>
        Diagnostics.Warning(SourceName, _textAt.Line + 1, _textAt.Column + index + 1, LatexDiagnosticCodes.UnmappedCharacter,
            $"the character {LatexUnicode.Describe(rune)} has no form that pdflatex can set; it was replaced with '?'",
            "Replace it in the data or the template with plain text, or with a character the LaTeX writer maps "
            + "(Latin letters, dashes, quotes, common math symbols, Greek letters).");
}
