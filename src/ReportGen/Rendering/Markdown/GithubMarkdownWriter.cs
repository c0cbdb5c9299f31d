using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Writes the document tree as GitHub-Flavoured Markdown for <c>out/manuscript.md</c>. Our special forms
/// (heading ids, table containers, figures) become plain GFM that GitHub renders; see README.md beside this file.
/// </summary>
public static class GithubMarkdownWriter
{
    /// <returns>Markdown with "\n" line endings that ends with exactly one newline.</returns>
    public static string Write(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var renderer = new GithubMarkdownRenderer();
        renderer.Render(document);
        return renderer.ToText().TrimEnd('\n') + "\n";
    }
}
