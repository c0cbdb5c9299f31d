using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>A table or figure caption: its own paragraph, all in bold, after an optional anchor.</summary>
internal static class CaptionParagraph
{
    public static void Write(GithubMarkdownRenderer renderer, LeafBlock caption, string? anchorId)
    {
        var text = renderer.Capture(r => r.WriteInlines(caption)).TrimEnd('\n');
        var anchor = GithubAnchor.For(anchorId);
        if (text.Length == 0 && anchor.Length == 0)
        {
            return;
        }
        renderer.BeginBlock();
        renderer.WriteRaw(anchor);
        if (text.Length > 0)
        {
            renderer.WriteRaw("**" + text + "**");
        }
        renderer.EndLine();
    }
}
