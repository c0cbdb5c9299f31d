using Markdig;
using Markdig.Syntax;

namespace ReportGen.Rendering;

/// <summary>
/// The one Markdig pipeline of the program. Every writer reads the tree this produces, so a form
/// (a table container, a figure) has one meaning in every output format.
/// </summary>
public static class MarkdownDocumentParser
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);
}
