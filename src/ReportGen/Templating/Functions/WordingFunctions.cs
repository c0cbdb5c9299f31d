using ReportGen.Analysis;
using ReportGen.Model;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The functions that choose words rather than numbers: a label's form for its count, and abbreviations spelt out at
/// their first use in a document. What a document has spelt out is the document's own state
/// (<see cref="DocumentState"/>, held by the template run), so each document starts afresh.
/// </summary>
internal sealed class WordingFunctions(IReadOnlyList<Abbreviation> glossary, TableGlossary table)
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmedReflection.KeptWhole)]
    public void Register(ScriptObject globals)
    {
        globals.Import("label_for", new Func<TemplateContext, object?, object?, string>(LabelFor));
        globals.Import("abbr", new Func<TemplateContext, string, bool, string>(Abbr));
        globals.Import("spell_out", new Func<TemplateContext, string, string>(SpellOut));
        globals.Import("guideline_name", new Func<TemplateContext, object?, string>(GuidelineName));
        globals.Import("table_abbreviations", new Func<TemplateContext, MarkdownText>(TableAbbreviations));
    }

    /// <summary>
    /// The label in the form its count asks for: <c>label_for leaf</c> → "symposium" when <c>leaf.count</c> is 1,
    /// "symposia" otherwise; <c>label_for value 1</c> takes the count given.
    /// </summary>
    private static string LabelFor(TemplateContext context, object? item, object? count = null)
    {
        if (item is not IWorded worded)
            throw new TemplateFileException(context.CurrentSpan, TemplateCodes.NotWorded,
                $"label_for needs a value, code or count with a label, not {Describe(item)}.",
                "Give it an item of by.FIELD, fields.NAME.counts, methods or their children, or a campaign's value.");
        var n = count switch
        {
            null when item is ICounted counted => counted.Count,
            int i => i,
            long l => (int)l,
            null => throw new TemplateFileException(context.CurrentSpan, TemplateCodes.NotWorded,
                "label_for needs a count for a value that is not counted.", "Write the count after it: label_for value 1."),
            _ => throw new TemplateFileException(context.CurrentSpan, TemplateCodes.NotWorded,
                $"label_for takes a whole number as its count, not {Describe(count)}.", "Write the count after it: label_for value 1."),
        };
        return worded.Wording.For(n);
    }

    /// <summary>
    /// <c>abbr "CPGs"</c> → "clinical practice guidelines (CPGs)" at its first use in the document, "CPGs" after that;
    /// <c>abbr "LBP"</c> → "low back pain (LBP)", then "LBP". The singular or plural form follows the form written.
    /// <c>abbr "CPGs" true</c> capitalises the spelt-out form, for the start of a sentence.
    /// </summary>
    private string Abbr(TemplateContext context, string written, bool capitalize = false)
    {
        var entry = glossary.FirstOrDefault(a => a.Short == written) ?? glossary.FirstOrDefault(a => a.Plural == written)
            ?? throw new TemplateFileException(context.CurrentSpan, TemplateCodes.UnknownAbbreviation,
                $"abbr '{written}': no entry of abbreviations.csv has this abbreviation or its plural.",
                $"Add a row '{written},<what it stands for>' to abbreviations.csv (a 'plural' column gives an irregular plural).");
        var plural = entry.Short != written;
        if (!State(context).Introduce(entry.Short)) return written;
        var expansion = plural ? entry.ExpansionPlural : entry.Expansion;
        if (capitalize && expansion.Length > 0) expansion = char.ToUpperInvariant(expansion[0]) + expansion[1..];
        return $"{expansion} ({written})";
    }

    /// <summary>
    /// Data text with each glossary abbreviation in it spelt out where the document uses it first:
    /// <c>spell_out review.topic</c> → "imaging for low back pain (LBP)" when the topic is "imaging for LBP" and LBP is
    /// new to the document, "imaging for LBP" after that. The abbreviations are found in the value given, never in output.
    /// </summary>
    private string SpellOut(TemplateContext context, string text)
    {
        var state = State(context);
        var uses = glossary
            .SelectMany(a => new[] { (Entry: a, Written: a.Plural, Plural: true), (Entry: a, Written: a.Short, Plural: false) })
            .Select(u => (u.Entry, u.Written, u.Plural, At: WordAt(text, u.Written)))
            .Where(u => u.At >= 0)
            .OrderBy(u => u.At).ThenByDescending(u => u.Written.Length)
            .ToList();
        var result = text;
        var shift = 0;
        foreach (var (entry, written, plural, at) in uses)
        {
            if (!state.Introduce(entry.Short)) continue;
            var spelt = $"{(plural ? entry.ExpansionPlural : entry.Expansion)} ({written})";
            result = result[..(at + shift)] + spelt + result[(at + shift + written.Length)..];
            shift += spelt.Length - written.Length;
        }
        return result;
    }

    /// <summary>Where <paramref name="word"/> first stands alone in <paramref name="text"/>, or -1.</summary>
    private static int WordAt(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return at;
        }
        return -1;
    }

    /// <summary>
    /// A guideline's name, its abbreviation spelt out at the first use in the document and used after:
    /// <c>guideline_name g</c> → "the American College of Radiology (ACR) Appropriateness Criteria", then
    /// "the ACR Appropriateness Criteria".
    /// </summary>
    private string GuidelineName(TemplateContext context, object? item)
    {
        var guideline = item switch
        {
            GuidelineCount count => count.Guideline,
            Guideline g => g,
            _ => throw new TemplateFileException(context.CurrentSpan, TemplateCodes.NotWorded,
                $"guideline_name needs a guideline (an item of guidelines or c.guidelines), not {Describe(item)}.",
                "Give it an item of guidelines, or of a campaign's guidelines field."),
        };
        var entry = glossary.FirstOrDefault(a => a.Short == guideline.Abbreviation);
        if (entry is null) return guideline.Name;
        var at = guideline.Name.IndexOf(entry.Expansion, StringComparison.Ordinal);
        var end = at + entry.Expansion.Length;
        return State(context).Introduce(entry.Short)
            ? $"{guideline.Name[..end]} ({entry.Short}){guideline.Name[end..]}"
            : $"{guideline.Name[..at]}{entry.Short}{guideline.Name[end..]}";
    }

    /// <summary>
    /// <c>table_abbreviations</c> → "ACP = American College of Physicians; CA = Canada": the glossary entries Table 2's
    /// cells use, alphabetically.
    /// </summary>
    private MarkdownText TableAbbreviations(TemplateContext context)
    {
        State(context).ListsTableAbbreviations = true;
        return new MarkdownText(string.Join("; ", table.Used.Select(a =>
            $"{MarkdownEscaper.EscapeInline(a.Short)} = {MarkdownEscaper.EscapeInline(a.Expansion)}")));
    }

    // The PRISMA and preamble runners have no document; their state is thrown away with them.
    private static DocumentState State(TemplateContext context) =>
        context is MarkdownTemplateContext markdown ? markdown.Document : new DocumentState();

    private static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"the text '{s}'",
        _ => $"a {value.GetType().Name}",
    };
}
