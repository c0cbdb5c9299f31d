using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// Always ATX. The <c>{#id}</c> attribute is dropped; an anchor is added only when GitHub's own heading anchor
/// would differ from the id, so links to the id keep working.
/// </summary>
internal sealed class HeadingRenderer : GithubObjectRenderer<HeadingBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, HeadingBlock heading)
    {
        var githubSlug = renderer.HeadingSlugs.Next(GithubMarkdownRenderer.PlainText(heading.Inline));
        var id = heading.TryGetAttributes()?.Id;
        var text = renderer.Capture(r =>
        {
            if (id is not null && id != githubSlug)
            {
                r.WriteAnchor(id);
            }
            r.InHeading = true;
            r.WriteInlines(heading);
            r.InHeading = false;
        }, midLine: true);

        renderer.BeginBlock();
        renderer.WriteRaw(new string('#', Math.Clamp(heading.Level, 1, 6)));
        if (text.Length > 0)
        {
            renderer.WriteRaw(" " + text);
        }
        renderer.EndLine();
    }
}
