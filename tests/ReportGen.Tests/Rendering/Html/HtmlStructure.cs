using System.Text.RegularExpressions;

namespace ReportGen.Tests.Rendering.Html;

/// <summary>
/// A structural check of an HTML5 page: the doctype, one html/head/body, and every element closed in the order it
/// was opened (void elements and self-closed SVG elements aside). Text inside style elements is not markup.
/// </summary>
internal static partial class HtmlStructure
{
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>Every problem found; empty for a well-formed page.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        if (!html.StartsWith("<!DOCTYPE html>\n", StringComparison.Ordinal)) problems.Add("the page does not start with <!DOCTYPE html>");
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(Style().Replace(html, "<style></style>")))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Peek() != name) { problems.Add($"</{name}> at {tag.Index} closes {(open.Count == 0 ? "nothing" : "<" + open.Peek() + ">")}"); continue; }
                open.Pop();
            }
            else if (!tag.Groups["self"].Success && !Void.Contains(name)) open.Push(name);
        }
        if (open.Count > 0) problems.Add("never closed: " + string.Join(", ", open));
        foreach (var once in new[] { "html", "head", "body", "main" })
            if (Regex.Count(html, $"<{once}[ >]") != 1) problems.Add($"<{once}> is not there exactly once");
        var head = html.IndexOf("</head>", StringComparison.Ordinal) is var end and > 0 ? html[..end] : "";
        if (Regex.Count(head, "<title>") != 1) problems.Add("the head has no single <title>");
        return problems;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?:\s+[^<>]*?)?(?<self>/)?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();
}
