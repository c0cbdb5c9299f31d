using System.Text;

namespace ReportGen.Templating.Functions;

/// <summary>Joins items into an English list with the serial comma.</summary>
public static class ListText
{
    /// <summary>
    /// ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b, and c"; [] → "".
    /// Empty items are left out, so an optional value never leaves ", ," behind.
    /// </summary>
    public static MarkdownText Join(IEnumerable<MarkdownText> items, string conjunction = "and")
    {
        var parts = items.Where(item => !item.IsEmpty).Select(item => item.Markdown).ToList();
        var word = MarkdownEscaper.EscapeInline(conjunction);
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                var isLast = i == parts.Count - 1;
                builder.Append(parts.Count == 2 ? $" {word} " : isLast ? $", {word} " : ", ");
            }
            builder.Append(parts[i]);
        }
        return new MarkdownText(builder.ToString());
    }
}
