using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Text;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Builds elements over the fixed-width shaper: at 10 pt every character is 5 pt wide and a line is 12.5 pt high.</summary>
internal static class LayoutTestKit
{
    public static readonly FixedWidthShaper Shaper = new();
    public static readonly TextStyle Body = new(10);

    public static IReadOnlyList<TextAtom> Atoms(string text)
    {
        var builder = new AtomBuilder(Shaper);
        builder.Append(text, Body, null, 1);
        return builder.Atoms;
    }

    public static ParagraphElement Paragraph(string text, TextAlignment alignment = TextAlignment.Left, bool widowOrphan = true, bool keepWithNext = false) =>
        new(Atoms(text), new ParagraphFormat(Body, alignment) { WidowOrphanControl = widowOrphan, KeepWithNext = keepWithNext }, Shaper, 1);

    /// <summary>Words "w01 w02 …": four characters with the space, so a 100 pt line holds five words.</summary>
    public static string Words(int count) => string.Join(" ", Enumerable.Range(1, count).Select(i => $"w{i:00}"));

    public static List<string> Lines(RecordingCanvas.Page page) =>
        page.Texts.GroupBy(t => t.Baseline).Select(g => string.Join(" ", g.Select(t => t.Text))).ToList();
}
