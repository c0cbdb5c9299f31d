using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Rendering.Html;

/// <summary>
/// Writes a document as one self-contained HTML5 page: tables with their captions and notes, the figure as inline
/// SVG, links kept to safe schemes, and a print stylesheet. Text from the data arrives in the tree as literal text,
/// and Markdig writes literal text escaped, so no cell can become markup; raw HTML in a template is shown as text.
/// </summary>
internal sealed class HtmlWriter(WriterSettings settings) : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Extension => "html";

    public byte[]? Write(ReportDocument document, DiagnosticBag diagnostics) => Utf8.GetBytes(Page(document));

    /// <summary>The whole page, with "\n" line endings.</summary>
    public string Page(ReportDocument document)
    {
        var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(body) { LinkRewriter = SafeLink };
        MarkdownDocumentParser.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new ContainerRenderer(document));
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new InlineSvgImageRenderer(settings.Pdf.Images));
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlAsText.Inline());
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.HtmlBlockRenderer>(new RawHtmlAsText.Block());
        renderer.Render(document.Tree);

        var title = settings.Metadata.GetValueOrDefault("title") is { Length: > 0 } t ? t : document.Name;
        var language = settings.Metadata.GetValueOrDefault("language") is { Length: > 0 } l ? l : "en";
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="ReportGen">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {HtmlStyles.Css}
            </style>
            </head>
            <body>
            <main>
            {body.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')}
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>Links keep only web, mail and in-page addresses; anything else (javascript:, data:) leads nowhere.</summary>
    private static string SafeLink(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return url;
        var scheme = url[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" ? url : "#";
    }
}
