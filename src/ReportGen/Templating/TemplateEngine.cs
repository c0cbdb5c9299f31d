using System.Globalization;
using ReportGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Runs the user's Scriban templates in a sandbox: includes only from the templates folder, loop,
/// recursion, output and time limits, unknown variables are errors, and every problem becomes a
/// diagnostic at the template's own file, line and column.
/// </summary>
internal sealed class TemplateEngine(string templatesDirectory, string displayDirectory, TemplateLimits limits)
{

    private const string SyntaxHint = "Check that every '{{' has a matching '}}' and every 'for'/'if' has an 'end'.";

    /// <summary>Renders <paramref name="templateName"/> (relative to the templates folder) with the given globals.</summary>
    /// <param name="claims">Records the numbers the document states from the data; its markers are gone from the result.</param>
    public string? Render(string templateName, IScriptObject globals, DiagnosticBag diagnostics, Claims.ClaimRecorder? claims = null)
    {
        var path = Path.Combine(templatesDirectory, templateName);
        var display = DisplayPath(templateName);
        if (!File.Exists(path))
        {
            diagnostics.Error(display, 0, 0, TemplateCodes.MissingTemplate, "the template file is missing.",
                "Restore it from the shipped templates/ folder, or point --templates at a folder that has it.");
            return null;
        }
        if (!SandboxedTemplateLoader.IsInside(templatesDirectory, Path.GetFullPath(path)))
        {
            diagnostics.Error(display, 0, 0, TemplateCodes.OutsideTemplates,
                "the template is a symbolic link (or lies under one); templates are read only from real files inside the templates folder.",
                "Replace the link with a copy of the file it points to.");
            return null;
        }

        if (TemplateFile.Read(path, templatesDirectory, display, diagnostics) is not { } text) return null;
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Add(At(TemplateSource.Located(message.Span, text), Severity.Error, TemplateCodes.ParseError, message.Message, SyntaxHint));
            return null;
        }

        using var timeout = new CancellationTokenSource(limits.Time);
        var context = CreateContext(globals, claims, timeout.Token);
        string? markdown = null;
        try
        {
            markdown = template.Render(context).Replace("\r\n", "\n");
        }
        catch (TemplateFileException e)
        {
            diagnostics.Add(At(e.Span, Severity.Error, e.Code, e.OriginalMessage, e.Hint));
        }
        catch (TemplateSyntaxException e)
        {
            diagnostics.Add(At(e.Span, Severity.Error, TemplateCodes.ParseError, e.OriginalMessage, SyntaxHint));
        }
        catch (ScriptRuntimeException e)
        {
            var message = TemplateMessages.Clean(e.OriginalMessage);
            var code = message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? TemplateCodes.LimitExceeded : TemplateCodes.RuntimeError;
            diagnostics.Add(At(e.Span, Severity.Error, code, message, HintFor(message)));
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(At(context.CurrentSpan, Severity.Error, TemplateCodes.LimitExceeded,
                $"the template ran longer than {limits.Time.TotalSeconds:0} seconds and was stopped.",
                "Look for a loop that never ends or a function that calls itself."));
        }
        catch (InvalidOperationException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(At(context.CurrentSpan, Severity.Error, TemplateCodes.LimitExceeded, e.Message,
                "Look for a loop or string that grows without end."));
        }
        foreach (var (span, message) in context.Deferred)
            diagnostics.Add(At(span, Severity.Error, TemplateCodes.RuntimeError, message, null));
        if (claims is not null && markdown is not null) markdown = claims.Finish(markdown);
        return context.Deferred.Count == 0 ? markdown : null;
    }

    private MarkdownTemplateContext CreateContext(IScriptObject globals, Claims.ClaimRecorder? claims, CancellationToken cancellation)
    {
        var context = new MarkdownTemplateContext
        {
            Claims = claims,
            TemplateLoader = new SandboxedTemplateLoader(templatesDirectory),
            StrictVariables = true,
            NewLine = "\n",
        };
        context.Bound(limits, cancellation);
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return context;
    }

    private Diagnostic At(SourceSpan span, Severity severity, string code, string message, string? hint)
    {
        var file = string.IsNullOrEmpty(span.FileName)
            ? displayDirectory
            : DisplayPath(Path.GetRelativePath(templatesDirectory, span.FileName));
        return new Diagnostic(file, span.Start.Line + 1, span.Start.Column + 1, severity, code, message, hint);
    }

    private string DisplayPath(string relative) =>
        Path.Combine(displayDirectory, relative).Replace('\\', '/');

    private static string? HintFor(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase) ||
        message.Contains("Cannot get member", StringComparison.OrdinalIgnoreCase)
            ? "Check the spelling against the variables and functions listed in templates/README.md."
            : message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? "Look for a loop or recursion that never ends."
                : null;
}
