using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

/// <summary>
/// Emphasis and strong always use '*', which also works inside words; strikethrough keeps "~~". GitHub has no
/// subscript, superscript, inserted or marked text, so those keep only their content.
/// </summary>
internal sealed class EmphasisInlineRenderer : GithubObjectRenderer<EmphasisInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, EmphasisInline emphasis)
    {
        var delimiter = emphasis.DelimiterChar switch
        {
            '*' or '_' => new string('*', Math.Clamp(emphasis.DelimiterCount, 1, 2)),
            '~' when emphasis.DelimiterCount == 2 => "~~",
            _ => "",
        };
        renderer.WriteRaw(delimiter);
        renderer.WriteChildren(emphasis);
        renderer.WriteRaw(delimiter);
    }
}
