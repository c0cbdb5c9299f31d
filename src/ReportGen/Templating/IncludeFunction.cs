using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Replaces Scriban's <c>include</c>. The built-in one returns a plain string, which our escaping
/// context would escape a second time; this one returns <see cref="MarkdownText"/>, because the
/// partial's own output has already been escaped on the way through the same context.
/// </summary>
internal static class IncludeFunction
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    public static void Register(ScriptObject globals) =>
        globals.Import("include", new Func<TemplateContext, string, MarkdownText>(Include));

    /// <summary><c>{{ include 'partials/table2-rows.sbn' }}</c> → the partial's Markdown, rendered with the same variables.</summary>
    private static MarkdownText Include(TemplateContext context, string templateName)
    {
        var span = context.CurrentSpan;
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(span, "include is not available here.");
        var path = loader.GetPath(context, span, templateName)
            ?? throw new ScriptRuntimeException(span, $"include '{templateName}': no such template.");
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            template = Template.Parse(loader.Load(context, span, path) ?? "", path);
            if (template.HasErrors)
            {
                var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                throw new TemplateSyntaxException(first.Span, first.Message);
            }
            context.CachedTemplates[path] = template;
        }
        return new MarkdownText(context.RenderTemplate(template, new ScriptArray(), context.CurrentNode));
    }
}
