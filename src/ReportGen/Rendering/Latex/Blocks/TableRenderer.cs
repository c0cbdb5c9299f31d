using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Blocks;

/// <summary>A pipe table outside a table container: a longtable with no caption and equal columns.</summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<LatexRenderer, Table>
{
    protected override void Write(LatexRenderer renderer, Table table) =>
        LongtableWriter.Write(renderer, table, caption: null, label: null, shares: null);
}
