using Markdig.Extensions.Figures;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Rendering.Latex.Inlines;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>A <c>^^^</c> figure with an image: a floating figure with the PDF version of the image, caption and label.</summary>
internal sealed class FigureRenderer : MarkdownObjectRenderer<LatexRenderer, Figure>
{
    protected override void Write(LatexRenderer renderer, Figure figure)
    {
        var image = figure.OfType<ParagraphBlock>()
            .SelectMany(p => p.Inline?.FindDescendants<LinkInline>() ?? [])
            .FirstOrDefault(l => l.IsImage);
        if (image is null)
        {
            renderer.Warn(figure, LatexDiagnosticCodes.FigureWithoutImage,
                "this figure holds no image; its content is written as plain paragraphs",
                "Put one image, ![description](file.svg){#fig-id}, on the line after the opening ^^^.");
            foreach (var block in figure)
            {
                if (block is FigureCaption captionOnly)
                {
                    renderer.EnsureLine();
                    renderer.WriteLeafInline(captionOnly);
                    renderer.FinishBlock();
                }
                else
                {
                    renderer.Render(block);
                }
            }
            return;
        }

        var graphics = ImageWriter.Graphics(renderer, image);
        var captionBlock = figure.OfType<FigureCaption>().FirstOrDefault();
        var caption = captionBlock is null ? null : Caption.Write(renderer, captionBlock);
        var id = image.TryGetAttributes()?.Id ?? figure.TryGetAttributes()?.Id;

        renderer.EnsureLine();
        renderer.WriteLine(@"\begin{figure}[htbp]");
        renderer.WriteLine(@"\centering");
        if (graphics is not null) renderer.WriteLine(graphics);
        if (caption is { Latex.Length: > 0 })
        {
            if (caption.Number is { } number)
                renderer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $@"\setcounter{{figure}}{{{number - 1}}}"));
            var label = id is { Length: > 0 } ? $@"\label{{{LatexLabel.From(id)}}}" : "";
            renderer.WriteLine($@"\caption{{{caption.Latex}}}{label}");
        }
        renderer.WriteLine(@"\end{figure}");
        renderer.FinishBlock();
    }
}
