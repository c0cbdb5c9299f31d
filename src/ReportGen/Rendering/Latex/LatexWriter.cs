using System.Globalization;
using System.Text;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Templating;

namespace ReportGen.Rendering.Latex;

/// <summary>Writes the Markdown document tree as LaTeX that compiles with pdflatex and lualatex.</summary>
internal sealed class LatexWriter(WriterSettings settings) : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Extension => "tex";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) =>
        Compose(document, settings.LatexPreamble, settings.LatexPreamblePath, settings.Metadata, diagnostics, settings.Templates) is { } tex
            ? Utf8.GetBytes(tex.ToString()) : null;

    /// <summary>The body (what goes between \begin{document} and \end{document}) and the packages it uses.</summary>
    public static LatexOutput WriteBody(MarkdownDocument document, DiagnosticBag diagnostics, string sourceName) =>
        WriteBody(DocumentReader.FromTree(sourceName, document, diagnostics), diagnostics);

    /// <inheritdoc cref="WriteBody(MarkdownDocument, DiagnosticBag, string)"/>
    public static LatexOutput WriteBody(ReportDocument document, DiagnosticBag diagnostics)
    {
        var (latex, packages) = Render(document, diagnostics);
        return new LatexOutput(AppendTidy(new StringBuilder(latex.Length), latex).ToString(), packages);
    }

    /// <summary>The body as the renderer wrote it, untidied, and the packages it uses.</summary>
    private static (StringBuilder Latex, IReadOnlyList<LatexPackage> Packages) Render(ReportDocument document, DiagnosticBag diagnostics)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new LatexRenderer(writer, document, diagnostics)
        {
            TopHeadingLevel = document.Tree.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min(),
        };
        renderer.Render(document.Tree);
        return (writer.GetStringBuilder(), renderer.Packages.InLoadOrder());
    }

    /// <summary>
    /// A whole document: the preamble template (Scriban) rendered with the packages, title, author, date
    /// and language, then the body and \end{document}. Null when the template has errors, which are in
    /// <paramref name="diagnostics"/> at the template's own lines.
    /// </summary>
    public static string? WriteDocument(
        MarkdownDocument document,
        string preambleTemplateText,
        string templatePath,
        IReadOnlyDictionary<string, string> metadata,
        DiagnosticBag diagnostics,
        string sourceName) =>
        WriteDocument(DocumentReader.FromTree(sourceName, document, diagnostics),
            preambleTemplateText, templatePath, metadata, diagnostics);

    /// <inheritdoc cref="WriteDocument(MarkdownDocument, string, string, IReadOnlyDictionary{string, string}, DiagnosticBag, string)"/>
    public static string? WriteDocument(
        ReportDocument document,
        string preambleTemplateText,
        string templatePath,
        IReadOnlyDictionary<string, string> metadata,
        DiagnosticBag diagnostics,
        TemplateRunner? templates = null) =>
        Compose(document, preambleTemplateText, templatePath, metadata, diagnostics, templates)?.ToString();

    /// <summary>
    /// The whole document in one buffer of its size: a large review's body is tens of megabytes, and each copy of it
    /// (tidied, trimmed, joined to the preamble) was one more allocation on the large-object heap.
    /// </summary>
    private static StringBuilder? Compose(
        ReportDocument document,
        string preambleTemplateText,
        string templatePath,
        IReadOnlyDictionary<string, string> metadata,
        DiagnosticBag diagnostics,
        TemplateRunner? templates)
    {
        var (body, packages) = Render(document, diagnostics);
        var preamble = LatexPreamble.Render(preambleTemplateText, templatePath, packages, metadata, diagnostics,
            templates ?? new TemplateRunner(TemplateLimits.Default));
        if (preamble is null) return null;
        const string End = "\n\\end{document}\n";
        var tex = new StringBuilder(preamble.Length + body.Length + End.Length + 2);
        tex.Append(preamble.AsSpan().TrimEnd("\n ")).Append("\n\n");
        return AppendTidy(tex, body).Append(End);
    }

    /// <summary>
    /// Appends <paramref name="latex"/> with one blank line between blocks at most, no blank lines at the ends, and a
    /// final newline (nothing when it is only blank lines).
    /// </summary>
    internal static StringBuilder AppendTidy(StringBuilder target, StringBuilder latex)
    {
        var newlines = 0;
        var started = false;
        foreach (var chunk in latex.GetChunks())
        {
            var text = chunk.Span;
            while (text.Length > 0)
            {
                var run = text.IndexOf('\n') is var at and >= 0 ? at : text.Length;
                if (run > 0)
                {
                    if (started) target.Append('\n', Math.Min(newlines, 2));
                    target.Append(text[..run]);
                    started = true;
                    newlines = 0;
                }
                if (run < text.Length) newlines++;
                text = text[Math.Min(run + 1, text.Length)..];
            }
        }
        return started ? target.Append('\n') : target;
    }
}
