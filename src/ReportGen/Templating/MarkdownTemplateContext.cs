using ReportGen.Templating.Claims;
using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// A Scriban context whose <c>{{ value }}</c> output is Markdown-escaped unless the value is
/// <see cref="MarkdownText"/>, so text from the data can never become Markdown markup, whatever
/// the template does. With a <see cref="ClaimRecorder"/>, every number it writes from the data is recorded as a claim.
/// </summary>
internal sealed class MarkdownTemplateContext : SandboxedTemplateContext
{
    public ClaimRecorder? Claims { get; init; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Claimed(span, textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Claimed(span, textAsObject));

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (Claims is { } claims && scriptNode is ScriptExpression) claims.Evaluated(this, scriptNode, value);
        return value;
    }

    private object Claimed(SourceSpan span, object? value) =>
        Claims is { } claims ? claims.Wrap(span, value, Escape(value)) : Escape(value);

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
