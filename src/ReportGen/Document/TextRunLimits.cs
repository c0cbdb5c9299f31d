using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;

namespace ReportGen.Document;

/// <summary>
/// Caps on the runs of text a document may hand its writers: a paragraph (every block whose text is set as one
/// piece: a paragraph, heading, table cell or code block) and a word (characters between two spaces). Line breaking
/// and layout work per paragraph and per word, so these caps bound the writers' work whatever the templates produce;
/// they are checked on the parsed document, before any writer sees it.
/// </summary>
/// <remarks>
/// A paragraph's cap grows with the data, as the template limits do (Templating/TemplateLimits): a sentence that
/// cites every campaign is about 25 characters per campaign, 510,000 at 20,000 campaigns, so a fixed cap stopped a
/// review the data limits allow. The line breaker keeps a bounded set of candidate breaks, so its work grows with
/// the paragraph's length and no faster; the cap bounds the memory one paragraph's layout holds at once, in
/// proportion to the input, and a runaway loop still meets it (its paragraph grows without end; the data does not).
/// A word's cap stays fixed: no data makes a word longer than a line can hold.
/// </remarks>
internal static class TextRunLimits
{
    public const string ParagraphTooLong = "RG224";
    public const string WordTooLong = "RG225";

    /// <summary>About 80 pages of text: the cap of a review without data, before what each character of the data adds.</summary>
    public const int MaxParagraphCharacters = 500_000;

    /// <summary>Characters a paragraph may hold for each character of the data: a paragraph may quote the whole data once.</summary>
    public const int ParagraphCharactersPerDataCharacter = 1;

    /// <summary>The paragraph cap for a review with <paramref name="size"/> of data.</summary>
    public static long MaxParagraphCharactersFor(Model.DataSize size) =>
        MaxParagraphCharacters + ParagraphCharactersPerDataCharacter * Math.Max(0, size.Characters);

    /// <summary>Far more than any word or URL; a longer run cannot be set on a line and is a runaway loop or a pasted blob.</summary>
    public const int MaxWordCharacters = 5_000;

    /// <summary>
    /// Reports the first paragraph and the first word over their limits, at their line and column in
    /// <paramref name="source"/> (the Markdown file the document becomes); false when one was found.
    /// </summary>
    public static bool Check(MarkdownDocument document, string source, string template, DiagnosticBag diagnostics) =>
        Check(document, source, template, diagnostics, MaxParagraphCharacters);

    /// <inheritdoc cref="Check(MarkdownDocument, string, string, DiagnosticBag)"/>
    /// <param name="maxParagraph">The paragraph cap, from <see cref="MaxParagraphCharactersFor"/>.</param>
    public static bool Check(MarkdownDocument document, string source, string template, DiagnosticBag diagnostics, long maxParagraph)
    {
        var withinLimits = true;
        var pending = new Stack<Block>();
        pending.Push(document);
        while (pending.Count > 0 && withinLimits)
        {
            var block = pending.Pop();
            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
                continue;
            }
            var run = new Run();
            if (block is LeafBlock { Inline: { } inline }) Measure(inline, run);
            else if (block is LeafBlock { Lines.Lines: { } lines } leaf)
            {
                for (var i = 0; i < leaf.Lines.Count; i++)
                {
                    run.Add(lines[i].Slice.ToString(), lines[i].Line, lines[i].Column);
                    run.Break();
                }
            }
            withinLimits = Report(run, block, source, template, maxParagraph, diagnostics);
        }
        return withinLimits;
    }

    private static void Measure(ContainerInline root, Run run)
    {
        var pending = new Stack<Inline>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            switch (inline)
            {
                case ContainerInline container:
                    var children = new List<Inline>();
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                    for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
                    break;
                case LiteralInline literal:
                    run.Add(literal.Content.ToString(), literal.Line, literal.Column);
                    break;
                case CodeInline code:
                    run.Add(code.Content, code.Line, code.Column);
                    break;
                case AutolinkInline link:
                    run.Add(link.Url, link.Line, link.Column);
                    break;
                case LineBreakInline:
                    run.Break();
                    break;
            }
        }
    }

    private static bool Report(Run run, Block block, string source, string template, long maxParagraph, DiagnosticBag diagnostics)
    {
        if (run.Length > maxParagraph)
        {
            diagnostics.Error(source, block.Line + 1, block.Column + 1, ParagraphTooLong,
                $"a paragraph of {Count(run.Length)} characters, more than the limit of {Count(maxParagraph)}, " +
                $"comes out of {template}.",
                "Split the text into paragraphs (a blank line between them), or look for a loop in the template that never stops adding to one.");
            return false;
        }
        if (run.LongestWord > MaxWordCharacters)
        {
            diagnostics.Error(source, run.LongestWordLine + 1, run.LongestWordColumn + 1, WordTooLong,
                $"a word of {Count(run.LongestWord)} characters without a space, more than the limit of {Count(MaxWordCharacters)}, " +
                $"comes out of {template}.",
                "Put spaces into the text (a cell of the data, or the template's own words); no line can hold a word this long.");
            return false;
        }
        return true;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The length of a paragraph's text, and its longest word with the place that word starts.</summary>
    private sealed class Run
    {
        private long _word;
        private int _wordLine, _wordColumn;

        public long Length { get; private set; }
        public long LongestWord { get; private set; }
        public int LongestWordLine { get; private set; }
        public int LongestWordColumn { get; private set; }

        public void Add(string text, int line, int column)
        {
            Length += text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i])) { Break(); continue; }
                if (_word++ == 0) (_wordLine, _wordColumn) = (line, column + i);
                if (_word > LongestWord) (LongestWord, LongestWordLine, LongestWordColumn) = (_word, _wordLine, _wordColumn);
            }
        }

        public void Break() => _word = 0;
    }
}
