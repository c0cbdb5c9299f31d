using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// <c>review.KEY</c> in templates: the rows of review.csv. A key the data lacks is an error that says which
/// row to add, because a template written for one review (the Methods' search figures) meets another's data.
/// </summary>
internal sealed class ReviewInfoObject : ScriptObject
{
    public ReviewInfoObject(ReviewInfo info)
    {
        foreach (var (key, value) in info.Values) this[key] = value;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        throw new ScriptRuntimeException(span,
            $"review.csv has no row with the key '{member}'; add a row '{member},<value>' to review.csv, or take 'review.{member}' out of the template.");
    }
}
