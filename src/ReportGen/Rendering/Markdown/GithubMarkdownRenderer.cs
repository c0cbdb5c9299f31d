using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering.Gfm.Blocks;
using ReportGen.Rendering.Gfm.Inlines;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// A Markdig text renderer with one small renderer per node type. Containers (quotes, list items, table cells)
/// are rendered into a buffer first and then prefixed line by line, so no line ever carries indentation it does
/// not need and blank lines stay truly blank.
/// </summary>
internal sealed class GithubMarkdownRenderer : TextRendererBase<GithubMarkdownRenderer>
{
    private bool _bufferHasContent;
    private bool _atLineStart = true;
    private string _tail = "";
    private string? _lineSoFar = "";

    public GithubMarkdownRenderer() : base(NewBuffer())
    {
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new FigureCaptionRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new CustomContainerRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new OtherContainerBlockRenderer());
        ObjectRenderers.Add(new OtherLeafBlockRenderer());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new TaskListRenderer());
        ObjectRenderers.Add(new MathInlineRenderer());
        ObjectRenderers.Add(new AbbreviationInlineRenderer());
        ObjectRenderers.Add(new OtherContainerInlineRenderer());
    }

    /// <summary>True while writing a table cell: line breaks become spaces and code spans escape pipes.</summary>
    public bool InTableCell { get; private set; }

    /// <summary>True while writing a heading: line breaks become spaces and every '#' is escaped.</summary>
    public bool InHeading { get; set; }

    /// <summary>True inside the items of a tight list: blocks follow each other without a blank line.</summary>
    public bool Tight { get; set; }

    public bool AtLineStart => _atLineStart;

    // Enough of the output for the escaper to see a delimiter run or a URL scheme ("mailto") across pieces.
    private const int TailLength = 8;

    // Long enough for any list number ("123456789.", "xviii)"); a longer line start cannot be one.
    private const int LineSoFarLength = 12;

    public GithubHeadingSlugs HeadingSlugs { get; } = new();

    public string ToText() => Writer.ToString() ?? "";

    /// <summary>Starts a block: separates it from the previous block of the same container.</summary>
    public void BeginBlock()
    {
        if (!_bufferHasContent)
        {
            return;
        }
        EndLine();
        if (!Tight)
        {
            WriteRaw("\n");
        }
    }

    public void EndLine()
    {
        if (!_atLineStart)
        {
            WriteRaw("\n");
        }
    }

    public void WriteRaw(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        Write(text);
        // Only the short ends of the output are kept: a long paragraph's text is not copied again for them.
        var lastNewLine = text.LastIndexOf('\n');
        _lineSoFar = lastNewLine >= 0
            ? text.Length - lastNewLine - 1 > LineSoFarLength ? null : text[(lastNewLine + 1)..]
            : _lineSoFar is null || _lineSoFar.Length + text.Length > LineSoFarLength ? null : _lineSoFar + text;
        _bufferHasContent = true;
        _tail = text.Length >= TailLength ? text[^TailLength..] : (_tail + text)[Math.Max(0, _tail.Length + text.Length - TailLength)..];
        _atLineStart = text[^1] == '\n';
    }

    /// <summary>Writes literal text so that a Markdown reader gets exactly this text back, never markup.</summary>
    public void WriteLiteral(string text, char nextChar, bool atLineEnd)
    {
        var context = new TextEscapeContext(_atLineStart, _lineSoFar, atLineEnd, InHeading, _tail, nextChar);
        WriteRaw(MarkdownTextEscaper.Escape(text, context));
    }

    /// <summary>Writes an empty anchor GitHub keeps (as user-content-…) so that links to our own ids still land.</summary>
    public void WriteAnchor(string? id)
    {
        var anchor = GithubAnchor.For(id);
        if (anchor.Length > 0)
        {
            WriteRaw(anchor);
        }
    }

    /// <summary>
    /// Renders into a fresh buffer and returns the text, leaving the current output untouched. With
    /// <paramref name="midLine"/> the text is known to follow other text on its line (a heading marker),
    /// so it needs no line-start escapes.
    /// </summary>
    public string Capture(Action<GithubMarkdownRenderer> write, bool tableCell = false, bool midLine = false)
    {
        var saved = (Writer, _bufferHasContent, _atLineStart, _tail, _lineSoFar, InTableCell, Tight);
        Writer = NewBuffer();
        (_bufferHasContent, _atLineStart, _tail) = midLine ? (false, false, " ") : (false, true, "");
        _lineSoFar = midLine ? null : "";
        InTableCell = saved.InTableCell || tableCell;
        Tight = false;
        try
        {
            write(this);
            return Writer.ToString() ?? "";
        }
        finally
        {
            (Writer, _bufferHasContent, _atLineStart, _tail, _lineSoFar, InTableCell, Tight) = saved;
        }
    }

    /// <summary>Writes captured lines behind a prefix ("> ", "- "); empty lines get the prefix without its trailing space.</summary>
    public void WritePrefixedLines(string captured, string firstPrefix, string otherPrefix)
    {
        var lines = captured.TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var prefix = i == 0 ? firstPrefix : otherPrefix;
            WriteRaw(lines[i].Length == 0 ? prefix.TrimEnd() : prefix + lines[i]);
            WriteRaw("\n");
        }
    }

    public void WriteInlines(LeafBlock block)
    {
        if (block.Inline is not null)
        {
            WriteChildren(block.Inline);
        }
    }

    /// <summary>The plain text of inlines, as a reader sees it; used for heading slugs.</summary>
    public static string PlainText(ContainerInline? inlines)
    {
        var text = new System.Text.StringBuilder();
        AppendPlainText(inlines, text);
        return text.ToString();
    }

    private static void AppendPlainText(ContainerInline? container, System.Text.StringBuilder text)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: AppendPlainText(child, text); break;
            }
        }
    }

    private static StringWriter NewBuffer() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };
}
