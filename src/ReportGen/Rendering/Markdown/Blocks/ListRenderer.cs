using System.Globalization;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm.Blocks;

/// <summary>
/// Bullet lists keep their bullet character and ordered lists their delimiter: two lists side by side in the
/// tree differ in exactly that, and writing both with one marker would merge them.
/// </summary>
internal sealed class ListRenderer : GithubObjectRenderer<ListBlock>
{
    protected override void Write(GithubMarkdownRenderer renderer, ListBlock list)
    {
        renderer.BeginBlock();
        var number = FirstNumber(list);
        var first = true;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (!first && list.IsLoose)
            {
                renderer.WriteRaw("\n");
            }
            first = false;

            var marker = list.IsOrdered ? number.ToString(CultureInfo.InvariantCulture) + Delimiter(list) : Bullet(list);
            number++;
            var content = renderer.Capture(r =>
            {
                r.Tight = !list.IsLoose;
                r.WriteChildren(item);
            });
            if (content.Length == 0)
            {
                renderer.WriteRaw(marker + "\n");
                continue;
            }
            renderer.WritePrefixedLines(content, marker + " ", new string(' ', marker.Length + 1));
        }
    }

    private static int FirstNumber(ListBlock list) =>
        int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;

    private static string Delimiter(ListBlock list) => list.OrderedDelimiter == ')' ? ")" : ".";

    private static string Bullet(ListBlock list) => list.BulletType is '*' or '+' ? list.BulletType.ToString() : "-";
}
