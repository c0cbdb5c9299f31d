using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// GitHub renders no custom containers. A table container (class "table") becomes its caption as a bold
/// paragraph, the pipe table, then the note paragraphs; widths and "landscape" only matter on paper. Any other
/// container is unwrapped so its content still shows.
/// </summary>
internal sealed class CustomContainerRenderer : GithubObjectRenderer<CustomContainer>
{
    protected override void Write(GithubMarkdownRenderer renderer, CustomContainer container)
    {
        var attributes = container.TryGetAttributes();
        var tableIndex = container.ToList().FindIndex(block => block is Table);
        var isTable = attributes?.Classes?.Contains("table") == true && tableIndex >= 0;
        var caption = isTable ? container.Take(tableIndex).OfType<ParagraphBlock>().FirstOrDefault() : null;

        if (caption is null && GithubAnchor.For(attributes?.Id).Length > 0)
        {
            renderer.BeginBlock();
            renderer.WriteAnchor(attributes?.Id);
            renderer.EndLine();
        }
        foreach (var block in container)
        {
            if (block == caption)
            {
                CaptionParagraph.Write(renderer, caption, attributes?.Id);
            }
            else
            {
                renderer.Write(block);
            }
        }
    }
}
