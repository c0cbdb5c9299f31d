using System.Collections;
using ReportGen.Analysis;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The functions templates call, registered in this one place. Scriban imports the public static methods under
/// snake_case names (NumberWords → number_words); the citation functions need the review's
/// <see cref="ReferenceStyle"/> and are imported from this instance in the constructor. A function that takes
/// data text returns <see cref="MarkdownText"/> with the data escaped inside; a function that only writes numbers
/// returns a plain string, which the template engine escapes like any other.
/// </summary>
internal sealed class ReviewFunctions : ScriptObject
{
    private readonly ReferenceStyle _style;
    private readonly CitationStyle _citations;

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    public ReviewFunctions(ReferenceStyle style)
    {
        _style = style;
        _citations = style.Names;
        this.Import("cite", new Func<object?, MarkdownText>(Cite));
        this.Import("cite_campaigns", new Func<object?, MarkdownText>(CiteCampaigns));
        this.Import("cite_narrative", new Func<object?, MarkdownText>(CiteNarrative));
        this.Import("reference_list", new Func<object?, MarkdownText>(FormatReferenceList));
        this.Import("in_reference_order", new Func<object?, IReadOnlyList<Resource>>(InReferenceOrder));
    }

    public ReviewFunctions(IEnumerable<Resource> resources) : this(ReferenceStyle.For(CitationStyleKind.Apa, resources))
    {
    }

    /// <summary><c>percent(18, 24)</c> → "75%"; <c>percent(4, 24)</c> → "16.7%" (see <see cref="NumberText.Percent"/>).</summary>
    public static string Percent(int part, int whole) => NumberText.Percent(part, whole);

    /// <summary><c>number_words(24)</c> → "twenty-four"; <c>number_words(24, capitalize: true)</c> → "Twenty-four".</summary>
    public static string NumberWords(int number, bool capitalize = false) => NumberText.Words(number, capitalize);

    /// <summary>A number that opens a sentence, spelt out as APA requires: <c>sentence_number(24)</c> → "Twenty-four".</summary>
    public static string SentenceNumber(int number) => NumberText.Words(number, capitalize: true);

    /// <summary>APA style inside a sentence: <c>number(3)</c> → "three", <c>number(24)</c> → "24".</summary>
    public static string Number(int number) => NumberText.InText(number);

    /// <summary>
    /// The word that agrees with a count: <c>plural(1, "campaign")</c> → "campaign", <c>plural(24, "campaign")</c>
    /// → "campaigns" (Humanizer), <c>plural(2, "criterion", "criteria")</c> → "criteria" (a given plural wins).
    /// </summary>
    public static MarkdownText Plural(int count, object singular, object? plural = null)
    {
        if (count == 1)
        {
            return MarkdownText.From(singular);
        }
        if (plural is not null)
        {
            return MarkdownText.From(plural);
        }
        return singular is MarkdownText markdown
            ? new MarkdownText(Humanizer.InflectorExtensions.Pluralize(markdown.Markdown))
            : MarkdownText.FromData(Humanizer.InflectorExtensions.Pluralize(singular.ToString() ?? ""));
    }

    /// <summary>
    /// A count with its noun, the number as <c>number</c> writes it: <c>quantity(3, "campaign")</c> → "three campaigns",
    /// <c>quantity(24, "campaign")</c> → "24 campaigns", <c>quantity(1, "campaign")</c> → "one campaign".
    /// </summary>
    public static MarkdownText Quantity(int count, object singular, object? plural = null) =>
        new(MarkdownEscaper.EscapeInline(NumberText.InText(count)) + " " + Plural(count, singular, plural).Markdown);

    /// <summary>
    /// <c>join_list(["a", "b", "c"])</c> → "a, b, and c"; two items "a and b"; one "a"; none "".
    /// <c>join_list(items, "or")</c> → "a, b, or c". Strings are escaped; MarkdownText items pass through.
    /// </summary>
    public static MarkdownText JoinList(IEnumerable? items, string conjunction = "and") =>
        ListText.Join(items is null || items is string ? [MarkdownText.From(items)] : items.Cast<object?>().Select(MarkdownText.From), conjunction);

    /// <summary>
    /// <c>cite(resources)</c> → "(Ammendolia et al., 2004; Cheng et al., 2017)". Takes a resource, a resource id, or a
    /// list of them (nested lists are flattened, repeats cited once); cites nothing as "".
    /// </summary>
    private MarkdownText Cite(object? resources) => _style.Cite(Resolve(resources));

    /// <summary>
    /// <c>cite_campaigns(g.campaigns)</c> → "(French et al., 2013; Jenkins et al., 2022a)": each campaign's main
    /// report (the first of its resources) and none of its companion reports, for a sentence that counts campaigns,
    /// so that "Australia (n = 7)" carries seven citations. Takes campaigns, or a counted item (its campaigns).
    /// </summary>
    private MarkdownText CiteCampaigns(object? campaigns) => _style.Cite(MainReports(campaigns));

    private List<Resource> MainReports(object? value)
    {
        var reports = new List<Resource>();
        IEnumerable<object?> items = value switch
        {
            null => [],
            ICounted counted => counted.Campaigns,
            CampaignView campaign => [campaign],
            IEnumerable list when value is not string => list.Cast<object?>(),
            _ => throw new ArgumentException($"cite_campaigns needs campaigns (such as g.campaigns), not {value.GetType().Name}."),
        };
        foreach (var item in items)
        {
            if (item is not CampaignView campaign)
                throw new ArgumentException($"cite_campaigns needs campaigns (such as g.campaigns), not {item?.GetType().Name ?? "null"}.");
            if (campaign.Resources.Count > 0) reports.Add(FindById(campaign.Resources[0].Id));
        }
        return reports;
    }

    /// <summary>
    /// <c>cite_narrative(resource)</c> → "Zhao et al. (2024)"; for several, one per author group, joined:
    /// "Zhao et al. (2024) and K. Y. Wang et al. (2018, 2021)".
    /// </summary>
    internal MarkdownText CiteNarrative(object? resources) => _style.CiteNarrative(Resolve(resources));

    /// <summary>
    /// <c>reference_list</c> → every resource of the review as reference paragraphs in the review's style (APA: by
    /// author; Vancouver: numbered in order of first citation); <c>reference_list(resources)</c> → just those.
    /// </summary>
    private MarkdownText FormatReferenceList(object? resources = null) =>
        _style.ReferenceList(resources is null ? _citations.ReferenceOrder : _citations.Sort(Resolve(resources)));

    /// <summary><c>in_reference_order(resources)</c> → the resources, without repeats, in the order the reference list uses.</summary>
    private IReadOnlyList<Resource> InReferenceOrder(object? resources) => _citations.Sort(Resolve(resources));

    private List<Resource> Resolve(object? value)
    {
        var resolved = new List<Resource>();
        Collect(value, resolved);
        return resolved;
    }

    private void Collect(object? value, List<Resource> into)
    {
        switch (value)
        {
            case null:
                return;
            case Resource resource:
                into.Add(FindById(resource.Id));
                return;
            case string id:
                into.Add(FindById(id));
                return;
            case IDictionary<string, object?> scriptObject when scriptObject.TryGetValue("id", out var id):
                Collect(id?.ToString(), into);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Collect(item, into);
                }
                return;
            default:
                throw new ArgumentException($"A citation needs resources or resource ids, not {value.GetType().Name}.");
        }
    }

    private Resource FindById(string id) =>
        _citations.TryFind(id, out var resource)
            ? resource
            : throw new ArgumentException($"No resource has the id '{id}'; ids are the first column of resources.csv.");
}
