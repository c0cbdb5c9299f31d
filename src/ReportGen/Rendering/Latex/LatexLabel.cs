using System.Text;

namespace ReportGen.Rendering.Latex;

/// <summary>A Markdown id as a LaTeX label: characters that could end or break the label become '-'.</summary>
internal static class LatexLabel
{
    public static string From(string id)
    {
        var label = new StringBuilder(id.Length);
        foreach (var c in id)
            label.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or ':' or '_' ? c : '-');
        return label.ToString();
    }
}
