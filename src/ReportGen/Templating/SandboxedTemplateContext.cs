using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// The Scriban context every user template runs in (documents, the PRISMA box texts, the LaTeX preamble), so
/// that a template that loops, recurses or grows without end stops with an error at its own line and column.
/// </summary>
internal class SandboxedTemplateContext : TemplateContext
{
    private readonly List<(SourceSpan Span, string Message)> _deferred = [];
    private int _maxListItems = TemplateLimits.Default.LoopIterations;

    /// <summary>Errors that let the template run on, so that one run reports all of them; the engine reports them when it ends.</summary>
    public IReadOnlyList<(SourceSpan Span, string Message)> Deferred => _deferred;

    public void Defer(SourceSpan span, string message) => _deferred.Add((span, message));
    private TimeSpan _time = TemplateLimits.Default.Time;

    public SandboxedTemplateContext()
    {
        // A misspelt member (review.titel, n.databse_results) is an error at its line: relaxed access would
        // give null, which prints as nothing or "not reported" and hides the typo in the manuscript.
        EnableRelaxedMemberAccess = false;
        WithoutClock();
    }

    /// <summary>
    /// <c>date.now</c> would make every build's bytes differ; a template that asks for it is told to use the review's
    /// own date, the one the PDFs are stamped with.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    private void WithoutClock()
    {
        if (BuiltinObject["date"] is not ScriptObject date) return;
        date.Remove("now");
        date.Import("now", new Func<TemplateContext, object>(context => throw new ScriptRuntimeException(context.CurrentSpan,
            "date.now is not available: it would make each build's outputs differ; use review.date, the date in review.csv.")));
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is Analysis.CampaignView ? CampaignAccessor.Instance : base.GetMemberAccessorImpl(target);

    /// <summary>Applies <paramref name="limits"/>; <paramref name="cancellation"/> must be cancelled when the time is up.</summary>
    public void Bound(TemplateLimits limits, CancellationToken cancellation)
    {
        LoopLimit = limits.LoopIterations;
        RecursiveLimit = limits.RecursionDepth;
        LimitToString = limits.StringCharacters;
        OutputLimit = limits.OutputCharacters;
        // Scriban's default is to cut the text silently with "...", which would put a shortened document in the outputs.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = limits.RegexTime;
        CancellationToken = cancellation;
        _maxListItems = limits.LoopIterations;
        _time = limits.Time;
    }

    /// <summary>
    /// Scriban's list functions (<c>array.add_range</c>, <c>array.reverse</c>, …) return lazy lists that wrap their
    /// input; a loop that applies one to its own result nests them a hundred thousand deep, and reading the list then
    /// overflows the stack, which kills the process. Making each such list a plain array as soon as it is computed
    /// keeps every list flat, and its size within the loop limit.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        object? value;
        try
        {
            value = base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        catch (ScriptAbortException) when (CancellationToken.IsCancellationRequested)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan,
                $"the template ran past its time limit of {_time.TotalSeconds:0.#} seconds and was stopped.");
        }
        return value is ScriptRange range ? Flatten(range, scriptNode?.Span ?? CurrentSpan) : value;
    }

    private ScriptArray Flatten(ScriptRange range, SourceSpan span)
    {
        var items = new ScriptArray();
        foreach (var item in range)
        {
            if (items.Count == _maxListItems)
                throw new ScriptRuntimeException(span,
                    $"a list grew beyond the limit of {_maxListItems} items.");
            items.Add(item);
        }
        return items;
    }
}
