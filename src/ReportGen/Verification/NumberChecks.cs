using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Templating.Claims;

namespace ReportGen.Verification;

/// <summary>
/// Sentences ReportGen generated: every number of the manuscript that lines up with a number the data gave (a claim)
/// must still be that number, at the precision it is written in. The flow counts are checked as the figure checks
/// them: when the changed counts break a rule of the flow (Data's <see cref="FlowChecks"/>, and the initial search's
/// total as <see cref="FlowSummary"/> adds it), the broken rule is the finding.
/// </summary>
internal static class NumberChecks
{
    private sealed record Aligned(int Input, Claim Claim, bool Differs);

    public static void Check(PlainText input, IReadOnlyList<Token> tokens, GeneratedText generated, Alignment alignment, FlowCounts flow,
        ISet<int> reportedAt, List<Diagnostic> findings)
    {
        var aligned = new List<Aligned>();
        // A year of a citation is never a count, however the words around it line up.
        var citations = CitationChecks.Find(input.Text);
        bool InCitation(Token token) => citations.Any(c => token.Start >= c.Start && token.Start < c.End);
        for (var k = 0; k < alignment.Pairs.Count; k++)
        {
            var (i, j) = alignment.Pairs[k];
            if (generated.ClaimOf[j] is not { } claim || !tokens[i].IsNumber || !alignment.Supported(k) || InCitation(tokens[i])) continue;
            if ((claim.Kind == Claim.PercentKind) != tokens[i].IsPercent) continue;
            aligned.Add(new Aligned(i, claim, !Agrees(tokens[i], claim)));
        }

        var flowBroken = FlowFindings(input, tokens, aligned, flow, findings);
        foreach (var item in aligned.Where(a => a.Differs))
        {
            var token = tokens[item.Input];
            if (flowBroken && item.Claim.Subject.FlowNode is not null)
            {
                reportedAt.Add(token.Start);
                continue;
            }
            findings.Add(input.At(token.Start, VerifyCodes.DiffersFromData,
                $"\"{QuoteAround(input.Text, tokens, item.Input)}\" — {item.Claim.Explain()}",
                "Write the data's number, or correct the data and build again; ReportGen wrote this sentence from the data."));
            reportedAt.Add(token.Start);
        }
    }

    /// <summary>Whether the manuscript's number is the claim's, to the precision the manuscript writes it.</summary>
    public static bool Agrees(Token token, Claim claim)
    {
        if (claim.Kind != Claim.PercentKind || claim.Whole is not { Count: > 0 } whole) return token.Number == claim.Subject.Count;
        var exact = claim.Subject.Count * 100m / whole.Count;
        return Math.Round(exact, token.Decimals, MidpointRounding.AwayFromZero) == token.Number;
    }

    /// <summary>Reports the flow rules the manuscript's flow counts break; true when it reported any.</summary>
    private static bool FlowFindings(PlainText input, IReadOnlyList<Token> tokens, List<Aligned> aligned, FlowCounts flow, List<Diagnostic> findings)
    {
        var flowItems = aligned.Where(a => a.Claim.Subject.FlowNode is not null).ToList();
        var changed = flowItems.Where(a => a.Differs).ToList();
        if (changed.Count == 0) return false;
        var at = tokens[changed[0].Input].Start;

        // The rows as the manuscript gives them: a total the templates reach stands for the row it was read from.
        var rows = new Dictionary<string, int?>();
        foreach (var row in flow.Rows) rows.TryAdd(row.Data, row.Count);
        var given = new Dictionary<string, int?>();
        var totals = new List<(string Node, decimal Value)>();
        foreach (var item in flowItems)
        {
            var node = item.Claim.Subject.FlowNode!;
            var value = tokens[item.Input].Number!.Value;
            var sources = ClaimSubjects.FlowRowsOf(node);
            if (sources.Count > 1 && node != "included_studies" && node != "included_reports")
            {
                totals.Add((node, value));
                continue;
            }
            var source = sources.FirstOrDefault(s => rows.GetValueOrDefault(s) is not null) ?? sources[0];
            given[source] = (int)Math.Min(int.MaxValue, value);
        }
        var edited = new FlowCounts(flow.File, flow.Rows.Select(r => given.TryGetValue(r.Data, out var count) ? r with { Count = count } : r).ToList());
        var reported = false;
        var summary = new FlowSummary(edited);
        foreach (var (node, value) in totals.Distinct())
        {
            if (node != "identified_in_initial_search" || summary.IdentifiedInInitialSearch is not { } sum || sum == value) continue;
            var parts = ClaimSubjects.FlowRowsOf(node).Where(r => edited.Count(r) is not null).Select(r => $"{r} {edited.Count(r)}");
            findings.Add(input.At(at, VerifyCodes.FlowRule,
                $"\"{QuoteAround(input.Text, tokens, changed[0].Input)}\": the flow counts in the text no longer add up: {string.Join(" + ", parts)} = {sum}, but the text gives {value} records identified",
                "Correct the flow counts in the text so that the parts add up to the total, as the flow diagram's boxes do."));
            reported = true;
        }
        var before = new DiagnosticBag();
        FlowChecks.Run(flow, before, asWarnings: false);
        var after = new DiagnosticBag();
        FlowChecks.Run(edited, after, asWarnings: false);
        var known = before.Items.Select(d => d.Message).ToHashSet();
        foreach (var broken in after.Items.Where(d => d.Severity == Severity.Error && !known.Contains(d.Message)))
        {
            findings.Add(input.At(at, VerifyCodes.FlowRule,
                $"\"{QuoteAround(input.Text, tokens, changed[0].Input)}\": the flow counts in the text break a rule of the flow diagram: {broken.Message}",
                "Correct the flow counts in the text, or flow.csv and build again."));
            reported = true;
        }
        return reported;
    }

    /// <summary>The number with two words before it and one after ("7 campaigns (29.2%)").</summary>
    private static string QuoteAround(string text, IReadOnlyList<Token> tokens, int index)
    {
        var from = tokens[Math.Max(0, index - 2)].Start;
        var to = tokens[Math.Min(tokens.Count - 1, index + 1)].End;
        var paragraphStart = text.LastIndexOf("\n\n", tokens[index].Start, StringComparison.Ordinal);
        var paragraphEnd = text.IndexOf("\n\n", tokens[index].End, StringComparison.Ordinal);
        from = Math.Max(from, paragraphStart < 0 ? 0 : paragraphStart + 2);
        if (paragraphEnd >= 0) to = Math.Min(to, paragraphEnd);
        return ArithmeticChecks.Quote(text, Math.Min(from, tokens[index].Start), Math.Max(to, tokens[index].End));
    }
}
