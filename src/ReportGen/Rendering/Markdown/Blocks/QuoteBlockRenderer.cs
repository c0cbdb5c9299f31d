using Markdig.Extensions.Alerts;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>Block quotes, and GitHub alerts ("> [!NOTE]"), which GitHub renders too.</summary>
internal sealed class QuoteBlockRenderer : GithubObjectRenderer<QuoteBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, QuoteBlock quote)
    {
        var content = renderer.Capture(r => r.WriteChildren(quote));
        if (quote is AlertBlock alert)
        {
            content = "[!" + alert.Kind.ToString() + "]\n" + content;
        }
        renderer.BeginBlock();
        renderer.WritePrefixedLines(content.Length == 0 ? "\n" : content, "> ", "> ");
    }
}
