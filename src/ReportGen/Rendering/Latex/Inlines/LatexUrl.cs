using System.Text;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>
/// A URL as the first argument of \href. Characters that LaTeX would read as markup even there
/// (\ { } ~ and anything outside printable ASCII) are percent-encoded, which names the same resource;
/// % and # are escaped, because \href may stand inside another command's argument (a caption) where
/// they would otherwise start a comment or a parameter.
/// </summary>
internal static class LatexUrl
{
    public static string Escape(string url)
    {
        var output = new StringBuilder(url.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            var c = (char)b;
            switch (c)
            {
                case '%': output.Append(@"\%"); break;
                case '#': output.Append(@"\#"); break;
                case '\\' or '{' or '}' or '~' or '^' or ' ' or '"' or '<' or '>' or '|' or '`':
                    output.Append(@"\%").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    if (b < 0x21 || b > 0x7E)
                        output.Append(@"\%").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }
}
