using Markdig.Extensions.Figures;

namespace ReportGen.Rendering.Gfm.Blocks;

internal sealed class FigureCaptionRenderer : GithubObjectRenderer<FigureCaption>
{
    protected override void Write(GithubMarkdownRenderer renderer, FigureCaption caption) =>
        CaptionParagraph.Write(renderer, caption, anchorId: null);
}
