using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

internal sealed class AutolinkInlineRenderer : GithubObjectRenderer<AutolinkInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, AutolinkInline autolink)
    {
        var url = autolink.Url ?? "";
        if (url.Any(c => c is '<' or '>' or ' ' || char.IsControl(c)))
        {
            // Not an autolink any reader would accept; keep it visible as text.
            renderer.WriteLiteral("<" + url + ">", '\0', autolink.NextSibling is null);
            return;
        }
        renderer.WriteRaw("<" + (renderer.InTableCell ? url.Replace("|", "%7C") : url) + ">");
    }
}
