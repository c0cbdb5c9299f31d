using Markdig.Extensions.Figures;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// GitHub renders no figures: the image paragraph comes first, then the caption as a bold paragraph, whether
/// the source put the caption above or below the image.
/// </summary>
internal sealed class FigureRenderer : GithubObjectRenderer<Figure>
{
    protected override void Write(GithubMarkdownRenderer renderer, Figure figure)
    {
        var id = figure.TryGetAttributes()?.Id;
        if (GithubAnchor.For(id).Length > 0)
        {
            renderer.BeginBlock();
            renderer.WriteAnchor(id);
            renderer.EndLine();
        }
        foreach (var block in figure.Where(block => block is not FigureCaption))
        {
            renderer.Write(block);
        }
        foreach (var caption in figure.OfType<FigureCaption>())
        {
            renderer.Write(caption);
        }
    }
}
