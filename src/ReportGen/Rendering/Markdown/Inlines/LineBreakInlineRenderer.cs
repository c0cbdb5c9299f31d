using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

/// <summary>
/// Hard breaks as a trailing backslash, never as two trailing spaces that editors strip. A table cell or a
/// heading is one line, so there a break becomes a space.
/// </summary>
internal sealed class LineBreakInlineRenderer : GithubObjectRenderer<LineBreakInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, LineBreakInline lineBreak)
    {
        if (renderer.InTableCell || renderer.InHeading)
        {
            renderer.WriteRaw(" ");
            return;
        }
        renderer.WriteRaw(lineBreak.IsHard ? "\\\n" : "\n");
    }
}
