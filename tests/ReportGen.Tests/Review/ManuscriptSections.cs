namespace ReportGen.Tests.Reviews;

/// <summary>Cuts a built manuscript.md into its sections, so a test can say where a phrase must be.</summary>
internal static class ManuscriptSections
{
    /// <summary>The "## … {#id}" section (written with an &lt;a name&gt; anchor): from its heading to the next level-2 heading.</summary>
    public static string Section(string markdown, string id)
    {
        var start = markdown.IndexOf($"<a name=\"{id}\"></a>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id} in the manuscript");
        return UpTo(markdown, start, "\n## ");
    }

    /// <summary>The "#### title" subsection: from its heading to the next heading of any level, or the table.</summary>
    public static string Subsection(string markdown, string title)
    {
        var start = markdown.IndexOf($"\n#### {title}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no subsection '{title}' in the manuscript");
        var end = new[] { markdown.IndexOf("\n#", start + 1, StringComparison.Ordinal), markdown.IndexOf("\n<a name=", start + 1, StringComparison.Ordinal) }
            .Where(i => i >= 0).DefaultIfEmpty(markdown.Length).Min();
        return markdown[start..end];
    }

    /// <summary>The titles of the level-4 headings, in document order.</summary>
    public static IReadOnlyList<string> Level4Titles(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("#### ", StringComparison.Ordinal)).Select(l => l[5..]).ToList();

    private static string UpTo(string markdown, int start, string next)
    {
        var end = markdown.IndexOf(next, start, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }
}
