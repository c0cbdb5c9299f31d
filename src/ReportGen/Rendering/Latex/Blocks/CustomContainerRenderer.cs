using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>
/// A <c>::: {.table}</c> container is a captioned table; a container with class <c>landscape</c> sets its
/// content on landscape pages; any other container is just its content.
/// </summary>
internal sealed class CustomContainerRenderer : MarkdownObjectRenderer<LatexRenderer, CustomContainer>
{
    protected override void Write(LatexRenderer renderer, CustomContainer container)
    {
        var landscape = container.TryGetAttributes()?.Classes?.Contains("landscape") == true;
        if (landscape) BeginLandscape(renderer);

        if (renderer.Document.TableOf(container) is { } table)
            TableContainerWriter.Write(renderer, table);
        else
            renderer.WriteChildren(container);

        if (landscape) EndLandscape(renderer);
    }

    private static void BeginLandscape(LatexRenderer renderer)
    {
        renderer.Packages.Use("pdflscape");
        renderer.EnsureLine();
        renderer.WriteLine(@"\begin{landscape}");
    }

    private static void EndLandscape(LatexRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.WriteLine(@"\end{landscape}");
        renderer.FinishBlock();
    }
}
