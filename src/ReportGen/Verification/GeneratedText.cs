using ReportGen.Templating.Claims;

namespace ReportGen.Verification;

/// <summary>A document as ReportGen generated it: its Markdown made plain, its tokens, and the claim behind each number token.</summary>
internal sealed class GeneratedText
{
    public GeneratedText(string name, string markdown, IReadOnlyList<Claim> claims)
    {
        Name = name;
        Plain = MarkdownPlain.Read(name + ".md", markdown);
        Tokens = Verification.Tokens.Of(Plain.Text);
        Claims = claims;
        var spans = claims.SelectMany(c => c.Spans.Select(s => (Span: s, Claim: c))).OrderBy(x => x.Span.Offset).ToList();
        var starts = spans.Select(s => s.Span.Offset).ToArray();
        ClaimOf = Tokens.Select(token =>
        {
            if (!token.IsNumber) return null;
            var offset = Plain.PlaceOf(token.Start).Offset;
            var at = Array.BinarySearch(starts, offset);
            if (at < 0) at = ~at - 1;
            if (at < 0) return null;
            var (span, claim) = spans[at];
            return offset < span.Offset + span.Length ? claim : null;
        }).ToList();
    }

    public string Name { get; }
    public PlainText Plain { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>For each token, the claim whose text it lies in (numbers only), or null.</summary>
    public IReadOnlyList<Claim?> ClaimOf { get; }
}
