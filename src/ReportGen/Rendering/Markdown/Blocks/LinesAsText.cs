using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>Writes the source lines of a leaf block as escaped text paragraphs.</summary>
internal static class LinesAsText
{
    public static void Write(GithubMarkdownRenderer renderer, LeafBlock block)
    {
        var startParagraph = true;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i].Slice.ToString();
            if (string.IsNullOrWhiteSpace(line))
            {
                startParagraph = true;
                continue;
            }
            if (startParagraph)
            {
                renderer.BeginBlock();
                startParagraph = false;
            }
            renderer.WriteLiteral(line, '\0', atLineEnd: true);
            renderer.EndLine();
        }
    }
}
