using ReportGen.Analysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// How templates read a campaign: <c>c.id</c>, <c>c.methods</c>, and <c>c.NAME</c> for each field fields.csv
/// declares. The fields are data, not C# properties, so reflection cannot find them; any other name is
/// unknown and, in the sandbox, an error at its line.
/// </summary>
internal sealed class CampaignAccessor : IObjectAccessor
{
    public static readonly CampaignAccessor Instance = new();

    private static readonly string[] Builtin = ["id", "methods"];

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Members(target).Count();

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members(target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        Builtin.Contains(member) || ((CampaignView)target).Values.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var campaign = (CampaignView)target;
        value = member switch
        {
            "id" => campaign.Id,
            "methods" => campaign.Methods,
            _ => null,
        };
        return value is not null || campaign.Values.TryGetValue(member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return index is string member && TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => true;

    public Type IndexType => typeof(string);

    private static IEnumerable<string> Members(object target) => Builtin.Concat(((CampaignView)target).Values.Keys);
}
