using System.Text;

namespace ReportGen.Templating.Functions;

/// <summary>Joins items into an English list with the serial comma.</summary>
internal static class ListText
{
    /// <summary>
    /// ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b, and c"; [] → "".
    /// Empty items are left out, so an optional value never leaves ", ," behind.
    /// </summary>
    public static MarkdownText Join(IEnumerable<MarkdownText> items, string conjunction = "and")
    {
        var parts = items.Where(item => !item.IsEmpty).Select(item => item.Markdown).ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
            builder.Append(parts[i]).Append(Separator(i, parts.Count, conjunction));
        return new MarkdownText(builder.ToString());
    }

    /// <summary>
    /// What follows item <paramref name="index"/> (0-based) of <paramref name="count"/>: ", " between items,
    /// ", and " before the last of three or more, " and " between two, and nothing after the last.
    /// </summary>
    public static string Separator(int index, int count, string conjunction = "and")
    {
        if (index >= count - 1) return "";
        var word = MarkdownEscaper.EscapeInline(conjunction);
        return count == 2 ? $" {word} " : index == count - 2 ? $", {word} " : ", ";
    }
}
