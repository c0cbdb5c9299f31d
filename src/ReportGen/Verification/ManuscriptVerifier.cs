using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating.Claims;

namespace ReportGen.Verification;

/// <summary>
/// <c>reportgen verify</c>'s checks of one manuscript against the review: the numbers of the sentences ReportGen
/// generated (aligned with the generated text), the arithmetic every sentence states, and the citations. Each problem is
/// one finding, at its place in the manuscript; a number already found to differ from the data is not reported again
/// by the arithmetic it takes part in.
/// </summary>
internal static class ManuscriptVerifier
{
    public static IReadOnlyList<Diagnostic> Verify(
        PlainText input, IReadOnlyList<GeneratedText> generated, Review review, PrismaFigure? figure = null, IReadOnlyList<FigureClaim>? figureClaims = null)
    {
        var findings = new List<Diagnostic>();
        var reportedAt = new HashSet<int>();
        var tokens = Tokens.Of(input.Text);
        if (Closest(input, tokens, generated) is { } document)
        {
            if (Alignment.Of(tokens, document.Tokens) is { } alignment)
                NumberChecks.Check(input, tokens, document, alignment, review.Flow, reportedAt, findings);
            else
                findings.Add(new Diagnostic(input.File, 0, 0, Severity.Error, VerifyCodes.Unreadable,
                    $"the manuscript and {document.Name} are too long to align ({tokens.Count} and {document.Tokens.Count} words).",
                    "Verify the manuscript in parts (one file per section)."));
        }
        if (figure is not null) FigureChecks.Check(input, figure, figureClaims ?? [], findings);
        ArithmeticChecks.Check(input, tokens, DefaultWhole(generated), reportedAt, findings);
        CitationChecks.Check(input, review.Resources, reportedAt, findings);
        return findings;
    }

    /// <summary>The generated document the manuscript was made from: the one of the same name, else the one sharing the most words.</summary>
    private static GeneratedText? Closest(PlainText input, IReadOnlyList<Token> tokens, IReadOnlyList<GeneratedText> generated)
    {
        var stem = Path.GetFileNameWithoutExtension(input.File);
        if (generated.FirstOrDefault(g => string.Equals(g.Name, stem, StringComparison.OrdinalIgnoreCase)) is { } named) return named;
        var words = tokens.Where(t => !t.IsNumber).Select(t => t.Key).ToHashSet();
        return generated.OrderByDescending(g => g.Tokens.Where(t => !t.IsNumber).Select(t => t.Key).Distinct().Count(words.Contains))
            .ThenBy(g => g.Name, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The whole most of the data's percentages are of (the campaigns), for a percentage whose sentence names none.</summary>
    private static int? DefaultWhole(IReadOnlyList<GeneratedText> generated) =>
        generated.SelectMany(g => g.Claims).Where(c => c.Kind == Claim.PercentKind && c.Whole is not null)
            .GroupBy(c => c.Whole!.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
}
