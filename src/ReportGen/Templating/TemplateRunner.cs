using System.Globalization;
using ReportGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReportGen.Model;

namespace ReportGen.Templating;

/// <summary>One user template to run: its text, where it lives, what it sees, and what its diagnostics say.</summary>
internal sealed record TemplateJob(string Text, string FilePath, IScriptObject Globals)
{
    /// <summary>The path diagnostics print for a place in <paramref name="FilePath"/> or a partial it includes.</summary>
    public Func<string?, string>? Display { get; init; }

    /// <summary>Where the names this template may use are listed, for a name it cannot find.</summary>
    public string VariablesHint { get; init; } = "Check the spelling against the variables and functions listed in templates/README.md.";

    /// <summary>Serves <c>include</c>; null where the template may include nothing.</summary>
    internal ITemplateLoader? Loader { get; init; }

    /// <summary>Whether <c>{{ value }}</c> output is escaped as Markdown (documents), or copied as it is.</summary>
    internal bool EscapesMarkdown { get; init; }

    /// <summary>Records the numbers a document states from the data; its markers stay in the output until the claims' Finish.</summary>
    internal Claims.ClaimRecorder? Claims { get; init; }

    /// <summary>What a document's run records (abbreviations spelt out), for the build to read afterwards.</summary>
    internal DocumentState? Document { get; init; }
}

/// <summary>
/// Runs every user template (the documents, the figure's words, the LaTeX preamble) the same way: one sandbox, one
/// set of limits, and one set of codes and hints, so a template that breaks a limit reads the same whichever it is:
/// RG201 for syntax, RG202 for what fails while running, RG203 for a limit, each at the template's line and column.
/// </summary>
internal sealed class TemplateRunner(TemplateLimits limits)
{
    private const string SyntaxHint = "Check that every '{{' has a matching '}}' and every 'for'/'if' has an 'end'.";

    public TemplateLimits Limits => limits;

    /// <returns>The output with "\n" line ends, or null when an error was reported.</returns>
    public string? Run(TemplateJob job, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(job.Text, job.FilePath);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Add(At(job, TemplateSource.Located(message.Span, job.Text), TemplateCodes.ParseError, message.Message, SyntaxHint));
            return null;
        }

        // Processor time, not the clock's: a large review on a loaded machine is slow, not runaway (Model/WorkBudget).
        using var timeout = new WorkBudget(limits.Time);
        SandboxedTemplateContext context = job.EscapesMarkdown
            ? new MarkdownTemplateContext { Claims = job.Claims, Document = job.Document ?? new DocumentState() }
            : new SandboxedTemplateContext();
        context.TemplateLoader = job.Loader;
        context.StrictVariables = true;
        context.NewLine = "\n";
        context.Bound(limits, timeout.Token);
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(job.Globals);
        string? output = null;
        try
        {
            output = template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (TemplateFileException e)
        {
            diagnostics.Add(At(job, e.Span, e.Code, e.OriginalMessage, e.Hint));
        }
        catch (TemplateSyntaxException e)
        {
            diagnostics.Add(At(job, e.Span, TemplateCodes.ParseError, e.OriginalMessage, SyntaxHint));
        }
        catch (ScriptRuntimeException e)
        {
            var message = TemplateMessages.Clean(e.OriginalMessage);
            diagnostics.Add(IsLimit(message)
                ? At(job, e.Span, TemplateCodes.LimitExceeded, message, LimitHint(message))
                : At(job, e.Span, TemplateCodes.RuntimeError, message, RuntimeHint(job, message)));
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(At(job, context.CurrentSpan, TemplateCodes.LimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"the template ran longer than {limits.Time.TotalSeconds:0} seconds and was stopped."), LimitHint("time")));
        }
        catch (InvalidOperationException e) when (IsLimit(e.Message))
        {
            diagnostics.Add(At(job, context.CurrentSpan, TemplateCodes.LimitExceeded, e.Message, LimitHint(e.Message)));
        }
        foreach (var (span, message) in context.Deferred)
            diagnostics.Add(At(job, span, TemplateCodes.RuntimeError, message, null));
        return context.Deferred.Count == 0 ? output : null;
    }

    private static bool IsLimit(string message) => message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private static string? RuntimeHint(TemplateJob job, string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase) ||
        message.Contains("Cannot get member", StringComparison.OrdinalIgnoreCase)
            ? job.VariablesHint
            : null;

    /// <summary>What to look for, by the limit that was broken; each limit grows with the data (templates/README.md).</summary>
    private string LimitHint(string message)
    {
        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase))
            return string.Create(CultureInfo.InvariantCulture, $"Look for a function that calls itself without end: calls nest at most {limits.RecursionDepth} deep.");
        if (message.Contains("time", StringComparison.OrdinalIgnoreCase))
            return string.Create(CultureInfo.InvariantCulture, $"Look for a loop that never ends or a function that calls itself; for this review's data a template may run {limits.Time.TotalSeconds:0} seconds.");
        if (message.Contains("iteration", StringComparison.OrdinalIgnoreCase) || message.Contains("LoopLimit", StringComparison.Ordinal))
            return string.Create(CultureInfo.InvariantCulture, $"Look for a loop that never ends, or loops nested deeper than the data needs: for this review's data a template's loops may take {limits.LoopIterations:N0} turns in all.");
        return string.Create(CultureInfo.InvariantCulture, $"Look for a string or output that grows without end: for this review's data a template may write {limits.OutputCharacters:N0} characters.");
    }

    private static Diagnostic At(TemplateJob job, SourceSpan span, string code, string message, string? hint)
    {
        var file = job.Display?.Invoke(span.FileName) ?? job.FilePath;
        return new Diagnostic(file, span.Start.Line + 1, span.Start.Column + 1, Severity.Error, code, message, hint);
    }
}
