using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// A caption's LaTeX text without its leading "Table 2." or "Figure 1.", and that number. LaTeX numbers
/// captions itself, so the number moves into the counter: the printed number stays the one the template chose,
/// and \ref to the label gives that number too.
/// </summary>
internal sealed partial record Caption(string Latex, int? Number)
{
    public static Caption Write(LatexRenderer renderer, LeafBlock block)
    {
        var inlines = block.Inline;
        if (inlines?.FirstChild is not LiteralInline first)
            return new Caption(renderer.CaptureInlines(inlines).Trim(), null);

        var text = first.Content.ToString();
        var match = NumberedLabel().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, out var number))
            return new Caption(renderer.CaptureInlines(inlines).Trim(), null);

        var latex = renderer.Capture(() =>
        {
            renderer.WriteText(text[match.Length..], first.Line, first.Column + match.Length);
            for (var inline = first.NextSibling; inline is not null; inline = inline.NextSibling)
                renderer.Render(inline);
        });
        return new Caption(latex.Trim(), number);
    }

    [GeneratedRegex(@"^\p{L}+\.?\s+(?<number>[0-9]{1,4})[.:]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLabel();
}
