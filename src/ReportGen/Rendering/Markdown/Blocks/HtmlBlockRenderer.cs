using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// Templates should not emit HTML, and data must never become HTML, so a raw HTML block is shown as its text:
/// one escaped paragraph per run of non-blank lines.
/// </summary>
internal sealed class HtmlBlockRenderer : GithubObjectRenderer<HtmlBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, HtmlBlock block) =>
        LinesAsText.Write(renderer, block);
}
