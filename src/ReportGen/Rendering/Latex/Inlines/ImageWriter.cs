using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Latex.Inlines;

/// <summary>
/// \includegraphics for an image: the same path with .svg replaced by .pdf (pdflatex cannot read SVG),
/// scaled to the line width and at most 80% of the text height, keeping its proportions.
/// </summary>
internal static class ImageWriter
{
    /// <summary>Characters that a file name in \includegraphics cannot hold without changing its meaning.</summary>
    private const string Forbidden = "\\{}%#~$&^\"'`[] ";

    public static string? Graphics(LatexRenderer renderer, LinkInline image)
    {
        var url = image.Url ?? "";
        var unusable = url.Length == 0 || url.Contains("://", StringComparison.Ordinal)
            || url.Any(c => c > '~' || c < ' ' || Forbidden.Contains(c));
        if (unusable)
        {
            renderer.Error(image, LatexDiagnosticCodes.UnusableImagePath,
                $"the image path \"{url}\" cannot be used in LaTeX; the image was left out",
                "Use a relative path of ASCII letters, digits, '-', '_', '.' and '/', for example figures/prisma.svg.");
            return null;
        }
        renderer.Packages.Use("graphicx");
        var path = url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? url[..^4] + ".pdf" : url;
        return $@"\includegraphics[width=\linewidth,height=0.8\textheight,keepaspectratio]{{{path}}}";
    }
}
