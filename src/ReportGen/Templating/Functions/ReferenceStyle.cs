using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// A reference style: what <c>cite</c>, <c>cite_narrative</c> and <c>reference_list</c> write. Chosen by review.csv's
/// <c>citation_style</c>. Every style shares the author–date names of <see cref="CitationStyle"/> (the narrative
/// "Zhao et al." and the reference-list order).
/// </summary>
internal abstract class ReferenceStyle(CitationStyle names)
{
    public CitationStyle Names { get; } = names;

    public static ReferenceStyle For(CitationStyleKind kind, IEnumerable<Resource> resources)
    {
        var names = CitationStyle.For(resources);
        return kind == CitationStyleKind.Vancouver ? new VancouverStyle(names) : new ApaStyle(names);
    }

    /// <summary>A parenthetical citation of the resources, or "" for none.</summary>
    public abstract MarkdownText Cite(IReadOnlyList<Resource> resources);

    /// <summary>The resources named in a sentence, one group of names each: "Zhao et al. (2024) and …".</summary>
    public abstract MarkdownText CiteNarrative(IReadOnlyList<Resource> resources);

    /// <summary>The reference list of the given resources.</summary>
    public abstract MarkdownText ReferenceList(IReadOnlyList<Resource> resources);

    /// <summary>
    /// The documents' Markdown once every document has been rendered (a style that numbers in order of first
    /// citation can only number then). The list is in the documents' order; so is the result.
    /// </summary>
    public virtual IReadOnlyList<string> Finish(IReadOnlyList<string> documents) => documents;
}

/// <summary>APA 7 author–date: "(Ammendolia et al., 2004; Cheng et al., 2017)", and the list sorted by author.</summary>
internal sealed class ApaStyle(CitationStyle names) : ReferenceStyle(names)
{
    public override MarkdownText Cite(IReadOnlyList<Resource> resources) => MarkdownText.FromData(Names.Parenthetical(resources));

    public override MarkdownText CiteNarrative(IReadOnlyList<Resource> resources) =>
        ListText.Join(Names.Narratives(resources).Select(MarkdownText.FromData));

    public override MarkdownText ReferenceList(IReadOnlyList<Resource> resources) => ApaReferenceList.Format(Names, resources);
}
