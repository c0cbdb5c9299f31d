using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Templating;

namespace ReportGen.Rendering.Latex;

/// <summary>Writes the Markdown document tree as LaTeX that compiles with pdflatex and lualatex.</summary>
internal sealed partial class LatexWriter(WriterSettings settings) : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Extension => "tex";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) =>
        WriteDocument(document, settings.LatexPreamble, settings.LatexPreamblePath, settings.Metadata, diagnostics, settings.Templates) is { } tex
            ? Utf8.GetBytes(tex) : null;

    /// <summary>The body (what goes between \begin{document} and \end{document}) and the packages it uses.</summary>
    public static LatexOutput WriteBody(MarkdownDocument document, DiagnosticBag diagnostics, string sourceName) =>
        WriteBody(DocumentReader.FromTree(sourceName, document, diagnostics), diagnostics);

    /// <inheritdoc cref="WriteBody(MarkdownDocument, DiagnosticBag, string)"/>
    public static LatexOutput WriteBody(ReportDocument document, DiagnosticBag diagnostics)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new LatexRenderer(writer, document, diagnostics)
        {
            TopHeadingLevel = document.Tree.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min(),
        };
        renderer.Render(document.Tree);
        return new LatexOutput(Tidy(writer.ToString()), renderer.Packages.InLoadOrder());
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
        TemplateRunner? templates = null)
    {
        var body = WriteBody(document, diagnostics);
        var preamble = LatexPreamble.Render(preambleTemplateText, templatePath, body.Packages, metadata, diagnostics,
            templates ?? new TemplateRunner(TemplateLimits.Default));
        if (preamble is null) return null;
        return preamble.TrimEnd('\n', ' ') + "\n\n" + body.Body + "\n\\end{document}\n";
    }

    /// <summary>One blank line between blocks at most, no blank lines at the ends, and a final newline.</summary>
    private static string Tidy(string latex)
    {
        var text = ExtraBlankLines().Replace(latex, "\n\n").Trim('\n');
        return text.Length == 0 ? "" : text + "\n";
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
