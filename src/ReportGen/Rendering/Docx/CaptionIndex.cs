using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Document;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// The numbered captions of a document ("Table 2. …", "Figure 1. …"), found before writing so that text
/// anywhere in the document can refer to them. The label is the caption's first word, whatever the language.
/// </summary>
internal sealed partial class CaptionIndex
{
    private readonly Dictionary<(string Label, int Number), CaptionNumber> _byLabel = [];
    private readonly Dictionary<LiteralInline, CaptionNumber> _byLiteral = [];

    public static CaptionIndex Of(ReportDocument document)
    {
        var index = new CaptionIndex();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in document.Tree.Descendants<Block>())
        {
            var caption = block switch
            {
                CustomContainer container => document.TableOf(container)?.Caption?.Inline,
                FigureCaption figureCaption => figureCaption.Inline,
                _ => null,
            };
            if (caption?.Descendants<LiteralInline>().FirstOrDefault() is not { } first) continue;
            var match = Prefix().Match(first.Content.ToString());
            if (!match.Success || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) continue;
            var label = match.Groups["label"].Value;
            if (index._byLabel.ContainsKey((label, number))) continue;
            var identifier = Identifier(label);
            var previous = last.GetValueOrDefault(identifier);
            last[identifier] = number;
            var entry = new CaptionNumber(label, number, match.Length, identifier,
                Bookmark: Truncate("_Ref" + identifier + number.ToString(CultureInfo.InvariantCulture), 40),
                RestartAt: number == previous + 1 ? null : number);
            index._byLabel[(label, number)] = entry;
            index._byLiteral[first] = entry;
        }
        return index;
    }

    /// <summary>The caption that starts with this literal, when it is the first text of a numbered caption.</summary>
    public CaptionNumber? StartingWith(LiteralInline literal) => _byLiteral.GetValueOrDefault(literal);

    /// <summary>
    /// The text split into plain pieces and references ("Table 2" where the document has a Table 2 caption);
    /// a label and number with no caption of its own stays text.
    /// </summary>
    public IEnumerable<(string Text, CaptionNumber? Target)> SplitReferences(string text)
    {
        if (_byLabel.Count == 0)
        {
            yield return (text, null);
            yield break;
        }
        var start = 0;
        foreach (Match match in Reference().Matches(text))
        {
            if (!int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) continue;
            if (!_byLabel.TryGetValue((match.Groups["label"].Value, number), out var target)) continue;
            if (match.Index > start) yield return (text[start..match.Index], null);
            yield return (match.Value, target);
            start = match.Index + match.Length;
        }
        if (start < text.Length) yield return (text[start..], null);
    }

    // Word's SEQ identifiers and bookmark names take letters, digits and underscores only.
    private static string Identifier(string label)
    {
        var builder = new StringBuilder();
        foreach (var c in label) if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
        return builder.Length == 0 || !char.IsAsciiLetter(builder[0]) ? "Caption" + builder : builder.ToString();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [GeneratedRegex(@"^(?<label>\p{L}+)[ \u00A0](?<number>[0-9]{1,6})(?![0-9])")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?<!\p{L})(?<label>\p{L}+)[ \u00A0](?<number>[0-9]{1,6})(?![0-9])")]
    private static partial Regex Reference();
}

/// <summary>
/// One numbered caption: its label ("Table"), number, the length of "Table 2" in its first text, the SEQ identifier,
/// the bookmark around the label and number, and the number the sequence restarts at when it does not follow on.
/// </summary>
internal sealed record CaptionNumber(string Label, int Number, int PrefixLength, string Identifier, string Bookmark, int? RestartAt)
{
    public string Text => Label + " " + Number.ToString(CultureInfo.InvariantCulture);
}
