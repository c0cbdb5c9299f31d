namespace ReportGen.Rendering.Gfm;

/// <summary>
/// GitHub drops ids given to headings, tables and figures, but keeps an empty <c>&lt;a name&gt;</c> (renamed
/// user-content-…, and its page script follows <c>#id</c> links to it). One such anchor keeps cross-references
/// to our ids working without any other HTML in the output.
/// </summary>
internal static class GithubAnchor
{
    /// <returns>The anchor, or "" when the id is missing or has characters that have no place in an id.</returns>
    public static string For(string? id)
    {
        if (string.IsNullOrEmpty(id) || !id.All(IsIdCharacter))
        {
            return "";
        }
        return $"<a name=\"{id}\"></a>";
    }

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
