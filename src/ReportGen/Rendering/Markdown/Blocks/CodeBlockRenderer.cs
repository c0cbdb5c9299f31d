using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>Indented and fenced code alike become a fence longer than any fence-like run in the code.</summary>
internal sealed class CodeBlockRenderer : GithubObjectRenderer<CodeBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, CodeBlock block)
    {
        // An empty block (a lone "$$" at the end of a document) has no line array at all.
        var lines = (block.Lines.Lines ?? []).Take(block.Lines.Count).Select(line => line.Slice.ToString()).ToList();
        var info = block switch
        {
            MathBlock => "math",
            FencedCodeBlock fenced => ((fenced.Info ?? "") + " " + (fenced.Arguments ?? "")).Trim(),
            _ => "",
        };
        // A backtick in the info string would end a backtick fence, so such blocks are fenced with tildes.
        var fenceChar = info.Contains('`') ? '~' : '`';
        var fence = new string(fenceChar, Math.Max(3, LongestRun(lines, fenceChar) + 1));

        renderer.BeginBlock();
        renderer.WriteRaw(fence + info.Replace('\n', ' ') + "\n");
        foreach (var line in lines)
        {
            renderer.WriteRaw(line + "\n");
        }
        renderer.WriteRaw(fence + "\n");
    }

    private static int LongestRun(IEnumerable<string> lines, char c)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var ch in line)
            {
                run = ch == c ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        return longest;
    }
}
