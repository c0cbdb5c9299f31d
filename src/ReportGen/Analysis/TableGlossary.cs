using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Analysis;

/// <summary>A word in Table 2 that looks like an abbreviation but is not in the glossary, and the data that holds it.</summary>
internal sealed record UnknownAbbreviation(string Word, SourceRef Source, string Where);

/// <summary>
/// Which glossary entries Table 2 uses, found in the values its cells are made of (the model), so the list under the
/// table always matches the table; and which abbreviation-like words it uses that the glossary lacks.
/// </summary>
internal sealed partial record TableGlossary(IReadOnlyList<Abbreviation> Used, IReadOnlyList<UnknownAbbreviation> Unknown)
{
    public static TableGlossary Empty { get; } = new([], []);

    public static TableGlossary Of(Review review, IReadOnlyList<CampaignView> campaigns)
    {
        var texts = TableTexts(review, campaigns).ToList();
        var used = review.Abbreviations.Where(a => texts.Any(t => Occurs(a.Short, t.Text)))
            .OrderBy(a => a.Short, StringComparer.Ordinal).ToList();

        var known = review.Abbreviations.Select(a => a.Short).ToHashSet(StringComparer.Ordinal);
        var unknown = new Dictionary<string, UnknownAbbreviation>(StringComparer.Ordinal);
        foreach (var (text, source, where) in texts)
            foreach (Match m in AbbreviationLikeWord().Matches(text))
            {
                var singular = m.Groups["word"].Value;
                if (!known.Contains(m.Value) && !known.Contains(singular))
                    unknown.TryAdd(singular, new UnknownAbbreviation(singular, source, where));
            }
        return new TableGlossary(used, [.. unknown.Values.OrderBy(u => u.Word, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// True when <paramref name="word"/> stands alone in <paramref name="text"/>, not inside a longer word; its plural
    /// with a small "s" counts too ("GPs" is a use of "GP"), as English writes the plural of an abbreviation.
    /// </summary>
    public static bool Occurs(string word, string text) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}s?(?![\p{{L}}\p{{N}}])");

    /// <summary>The words of each cell of the table, as the table shows them, with the data each comes from.</summary>
    private static IEnumerable<(string Text, SourceRef Source, string Where)> TableTexts(Review review, IReadOnlyList<CampaignView> campaigns)
    {
        var tableFields = review.Fields.Where(f => f.Table is not null).ToList();
        foreach (var field in tableFields.Where(f => f.Table!.Format.Length > 0))
            yield return (field.Table!.Format, field.Source, $" (the format of field '{field.Name}' in fields.csv)");
        foreach (var c in campaigns)
            foreach (var field in tableFields)
            {
                var cell = c.Cells[field.Name];
                var inCell = $" (column '{field.Name}' of campaign '{c.Id}')";
                switch (c[field.Name])
                {
                    case ValueLabel value:
                        yield return (value.TableLabel, value.Source, $" (value '{value.Id}' of field '{value.Field}')");
                        break;
                    case IReadOnlyList<ValueLabel> values:
                        foreach (var v in values) yield return (v.TableLabel, v.Source, $" (value '{v.Id}' of field '{v.Field}')");
                        break;
                    case IReadOnlyList<Code> codes:
                        foreach (var code in codes) yield return (code.TableLabel, code.Source, $" (code '{code.Id}')");
                        break;
                    case IReadOnlyList<Guideline> guidelines:
                        foreach (var g in guidelines) yield return (g.TableLabel, g.Source, $" (guideline '{g.Id}')");
                        break;
                    case IReadOnlyList<Resource> resources:
                        // The table cites by the first author's family name, or both of two.
                        foreach (var r in resources)
                            yield return (string.Join(" ", r.Authors.Take(r.Authors.Count == 2 ? 2 : 1).Select(a => a.Family)), r.Source,
                                $" (authors of resource '{r.Id}')");
                        break;
                    default:
                        yield return (cell.Text, cell.Source, inCell);
                        break;
                }
            }
    }

    /// <summary>Two or more capitals (digits allowed after the first), standing alone, perhaps as a plural: "ACP", "NSLBP", "GPs".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>\p{Lu}[\p{Lu}\p{N}]+)s?(?![\p{L}\p{N}])")]
    private static partial Regex AbbreviationLikeWord();
}
