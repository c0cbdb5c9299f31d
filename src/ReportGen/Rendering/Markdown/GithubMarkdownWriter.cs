using System.Text;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Writes the document tree as GitHub-Flavoured Markdown for <c>out/manuscript.md</c>. Our special forms
/// (heading ids, table containers, figures) become plain GFM that GitHub renders; see README.md beside this file.
/// </summary>
internal sealed class GithubMarkdownWriter : IDocumentWriter
{
    public string Extension => "md";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) => Utf8.GetBytes(Write(document.Tree));

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>Markdown with "\n" line endings that ends with exactly one newline.</returns>
    public static string Write(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var renderer = new GithubMarkdownRenderer();
        renderer.Render(document);
        return renderer.ToText().TrimEnd('\n') + "\n";
    }
}
