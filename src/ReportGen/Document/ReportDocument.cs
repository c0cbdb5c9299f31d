using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace ReportGen.Document;

/// <summary>
/// One document as every writer gets it: the Markdig tree, parsed once, and the forms read from it once (tables with
/// their captions, notes, widths and orientation), so that no writer interprets a form by rules of its own.
/// </summary>
internal sealed class ReportDocument
{
    private readonly Dictionary<CustomContainer, TableForm> _tables;

    internal ReportDocument(string sourceName, MarkdownDocument tree, IEnumerable<TableForm> tables)
    {
        SourceName = sourceName;
        Name = Path.GetFileNameWithoutExtension(sourceName);
        Tree = tree;
        _tables = tables.ToDictionary(t => t.Container);
    }

    /// <summary>The document's name: templates/documents/NAME.sbn gives NAME.md, NAME.tex, NAME.pdf and so on.</summary>
    public string Name { get; }

    /// <summary>The Markdown file diagnostics point into.</summary>
    public string SourceName { get; }

    public MarkdownDocument Tree { get; }

    /// <summary>The table form of a container with class <c>table</c> that holds a pipe table; null for any other container.</summary>
    public TableForm? TableOf(CustomContainer container) => _tables.GetValueOrDefault(container);
}
