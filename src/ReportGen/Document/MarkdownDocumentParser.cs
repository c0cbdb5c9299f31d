using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Document;

/// <summary>
/// The one Markdig pipeline of the program. Every writer reads the tree this produces, so a form
/// (a table container, a figure) has one meaning in every output format.
/// </summary>
internal static class MarkdownDocumentParser
{
    /// <summary>
    /// How deeply elements may sit inside one another (quotes in quotes, lists in lists, emphasis in emphasis,
    /// counting each block and inline container). Markdig throws when it parses or writes about 128 levels, and
    /// every writer walks the tree recursively, so deeper Markdown is reported rather than written.
    /// </summary>
    public const int MaxNestingDepth = 100;


    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Null when every writer can take <paramref name="markdown"/>; otherwise the 1-based line of the Markdown where
    /// it nests deeper than <see cref="MaxNestingDepth"/>, or 0 when Markdig refused it without saying where.
    /// </summary>
    public static int? TooDeeplyNestedAt(string markdown) => ParseWithinDepth(markdown).DeepLine;

    /// <summary>
    /// The tree, or null with the line where the Markdown nests deeper than <see cref="MaxNestingDepth"/> (0 when
    /// Markdig refused it without saying where).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Templating.TrimmedReflection.KeptWhole)]
    public static (MarkdownDocument? Tree, int? DeepLine) ParseWithinDepth(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Parse(markdown);
        }
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(Markdown).Assembly)
        {
            return (null, 0);
        }

        // Walked with a stack of its own: the tree may be deep enough to matter to the call stack.
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxNestingDepth) return (null, node.Line + 1);
            IEnumerable<MarkdownObject> children = node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline container => container,
                _ => [],
            };
            foreach (var child in children) pending.Push((child, depth + 1));
        }
        return (document, null);
    }
}
