using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// <c>review.KEY</c> in templates: the rows of review.csv. A key the data lacks is an error that says which
/// row to add, because a template written for one review (the Methods' search figures) meets another's data.
/// The template goes on past it, so that a new review learns every key it lacks from one run; each key is
/// reported once, at its first use.
/// </summary>
internal sealed class ReviewInfoObject : ScriptObject
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public ReviewInfoObject(ReviewInfo info)
    {
        foreach (var (key, value) in info.Values) this[key] = value;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        var message = $"review.csv has no row with the key '{member}'; add a row '{member},<value>' to review.csv, or take 'review.{member}' out of the template.";
        if (context is not SandboxedTemplateContext sandbox) throw new ScriptRuntimeException(span, message);
        if (_reported.Add(member)) sandbox.Defer(span, message);
        value = "";
        return true;
    }
}
