using System.Text.RegularExpressions;

namespace ReportGen.Verification;

/// <summary>
/// The plain text of a Markdown manuscript (ReportGen's own Markdown, or out/NAME.md as a co-author edited it): the
/// words a reader sees, each at its line and column. Headings, table rows and the forms' marker lines are paragraphs of
/// their own; anchors, attributes, emphasis, escapes and images are left out.
/// </summary>
internal static partial class MarkdownPlain
{
    private static readonly LineStripper Inline = new(
        new(AnchorTag()),
        new(Attributes()),
        new(Image()),
        new(Link(), KeepGroup: 1),
        new(Escape(), KeepGroup: 1),
        new(Emphasis()),
        new(Pipe(), Replacement: " "));

    public static PlainText Read(string file, string markdown)
    {
        var text = new PlainText(file);
        var offset = 0;
        var lineNumber = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var start = offset;
            offset += raw.Length + 1;
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith(":::", StringComparison.Ordinal) || TableRule().IsMatch(trimmed))
            {
                text.EndParagraph();
                continue;
            }
            var skip = 0;
            var ownParagraph = trimmed.StartsWith('|');
            if (HeadingMark().Match(line) is { Success: true } heading)
            {
                skip = heading.Length;
                ownParagraph = true;
            }
            else if (line.StartsWith("^^^", StringComparison.Ordinal))
            {
                skip = 3;
                ownParagraph = true;
            }
            if (ownParagraph) text.EndParagraph();
            Inline.Strip(line[skip..], lineNumber, start + skip, text, skip);
            if (ownParagraph) text.EndParagraph();
        }
        text.EndParagraph();
        return text;
    }

    [GeneratedRegex(@"\G<a name=""[^""]*""></a>")]
    private static partial Regex AnchorTag();

    [GeneratedRegex(@"\G\s*\{[#.][^}]*\}")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"\G!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\G\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\G\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\G(\*\*|\*|__)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\G\|")]
    private static partial Regex Pipe();

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMark();
}
