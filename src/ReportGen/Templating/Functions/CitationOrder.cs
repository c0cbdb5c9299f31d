using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The order in which a reader meets the citation markers of a rendered document. A citation inside a table
/// (a <c>::: {.table}</c> container) is met where the text first mentions the table by the label its caption opens
/// with ("Table 2"), as journals number them; a table the text never mentions is met where it stands.
/// </summary>
internal static partial class CitationOrder
{
    /// <summary>The markers' indices, in reading order.</summary>
    public static IReadOnlyList<int> Of(string markdown, char start, char end)
    {
        var tables = Tables(markdown);
        var markers = new List<(int Index, long Place, int Offset)>();
        for (var at = markdown.IndexOf(start); at >= 0; at = markdown.IndexOf(start, at + 1))
        {
            var close = markdown.IndexOf(end, at);
            if (close < 0 || !int.TryParse(markdown.AsSpan(at + 1, close - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                continue;
            var table = tables.FirstOrDefault(t => t.Start <= at && at < t.End);
            var place = table is null ? at : FirstMention(markdown, table.Label, tables) ?? table.Start;
            markers.Add((index, place, at));
        }
        return markers.OrderBy(m => m.Place).ThenBy(m => m.Offset).Select(m => m.Index).ToList();
    }

    private sealed record Table(int Start, int End, string Label);

    /// <summary>The table containers, each with its caption's label ("Table 2" of "Table 2. Characteristics …").</summary>
    private static List<Table> Tables(string markdown)
    {
        var tables = new List<Table>();
        var open = new Stack<(int Start, bool IsTable)>();
        var offset = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var fence = FencePattern().Match(line);
            if (fence.Success && fence.Groups[1].Value.Trim().Length > 0)
            {
                open.Push((offset, TableClassPattern().IsMatch(fence.Groups[1].Value)));
            }
            else if (fence.Success && open.Count > 0)
            {
                var (start, isTable) = open.Pop();
                if (isTable && Caption(markdown, start) is { } label) tables.Add(new Table(start, offset + line.Length, label));
                else if (isTable) tables.Add(new Table(start, offset + line.Length, ""));
            }
            offset += line.Length + 1;
        }
        return tables;
    }

    private static string? Caption(string markdown, int containerStart)
    {
        var lines = markdown[containerStart..].Split('\n').Skip(1).SkipWhile(string.IsNullOrWhiteSpace);
        var caption = lines.FirstOrDefault();
        var match = caption is null ? Match.Empty : LabelPattern().Match(caption);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int? FirstMention(string markdown, string label, List<Table> tables)
    {
        if (label.Length == 0) return null;
        var pattern = new Regex(@"(?<![\w])" + Regex.Escape(label) + @"(?![\w])", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (Match match in pattern.Matches(markdown))
        {
            if (!tables.Any(t => t.Start <= match.Index && match.Index < t.End)) return match.Index;
        }
        return null;
    }

    [GeneratedRegex(@"^ {0,3}:{3,}(.*)$")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"(^|\s|\{)\.table(\s|\}|$)")]
    private static partial Regex TableClassPattern();

    /// <summary>"Table 2. …" or "Table S1\. …": a word and a number before the caption's first full stop.</summary>
    [GeneratedRegex(@"^\s*(\w+ [\w.-]*\w)\\?\.(\s|$)")]
    private static partial Regex LabelPattern();
}
