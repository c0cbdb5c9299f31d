using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Parsing;

namespace ReportGen.Templating;

/// <summary>
/// A Scriban context whose <c>{{ value }}</c> output is Markdown-escaped unless the value is
/// <see cref="MarkdownText"/>, so text from the data can never become Markdown markup, whatever
/// the template does.
/// </summary>
internal sealed class MarkdownTemplateContext : SandboxedTemplateContext
{
    /// <summary>This document's own state (abbreviations spelt out so far), fresh for each document.</summary>
    public DocumentState Document { get; init; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private object Escape(object? value) => value switch
    {
        null => "",
        MarkdownText markdown => markdown.Markdown,
        NotReported => NotReported.Value.ToString(),
        string text => MarkdownEscaper.EscapeInline(text),
        IFormattable or bool => value,
        _ => MarkdownEscaper.EscapeInline(ObjectToString(value) ?? ""),
    };
}
