using System.Text;
using ReportGen.Rendering.Text;
using ReportGen.Rendering.Prisma;

namespace ReportGen.Rendering.Svg;

/// <summary>
/// Writes a laid-out PRISMA figure as SVG 1.1 with one user unit per point (prisma.svg, and the HTML preview's figure).
/// Text stays text (searchable); arrowheads are polygons rather than markers so every renderer draws them alike. The
/// PDF and DOCX writers draw the same layout directly (<see cref="PrismaPainter"/>), never through this SVG.
/// </summary>
internal static class PrismaSvgWriter
{
    private static readonly string Stroke = PrismaStyle.Stroke;
    private static readonly string StrokeWidth = SvgText.Number(PrismaStyle.StrokeWidth);

    public static string Write(PrismaFigure figure)
    {
        var svg = new StringBuilder();
        var w = SvgText.Number(figure.Width);
        var h = SvgText.Number(figure.Height);
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}pt\" height=\"{h}pt\" viewBox=\"0 0 {w} {h}\"");
        // No ligatures: drawn into a PDF, an "fi" ligature glyph reads back as U+FB01, so "identified" could not be
        // found or copied; the PDF writer shapes body text without them for the same reason.
        svg.Append($" font-family=\"{SvgText.Escape(figure.FontFamily)}, serif\" font-size=\"{SvgText.Number(figure.FontSize)}\"");
        svg.Append(" style=\"font-variant-ligatures: none\">\n");
        svg.Append("<title>PRISMA 2020 flow diagram</title>\n");
        foreach (var box in figure.Boxes) WriteBox(svg, box);
        foreach (var arrow in figure.Arrows) WriteArrow(svg, arrow);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteBox(StringBuilder svg, PrismaBox box)
    {
        var r = box.Bounds;
        svg.Append($"<g id=\"{box.Name}\">\n");
        if (box.Kind != PrismaBoxKind.Note)
        {
            var rounded = PrismaStyle.Corner(box) == 0 ? "" : $" rx=\"{SvgText.Number(PrismaStyle.Corner(box))}\"";
            svg.Append($"<rect x=\"{N(r.X)}\" y=\"{N(r.Y)}\" width=\"{N(r.Width)}\" height=\"{N(r.Height)}\"{rounded}");
            svg.Append($" fill=\"{PrismaStyle.Fill(box)}\" stroke=\"{Stroke}\" stroke-width=\"{StrokeWidth}\"/>\n");
        }
        foreach (var line in box.Lines)
        {
            var centred = box.Align == PrismaAlign.Center;
            var x = centred ? line.Left + line.Width / 2 : line.Left;
            svg.Append($"<text x=\"{N(x)}\" y=\"{N(line.Baseline)}\"");
            if (centred) svg.Append(" text-anchor=\"middle\"");
            if (line.Style.FontStyle is FontStyle.Bold or FontStyle.BoldItalic) svg.Append(" font-weight=\"bold\"");
            if (line.Style.FontStyle is FontStyle.Italic or FontStyle.BoldItalic) svg.Append(" font-style=\"italic\"");
            if (box.Kind == PrismaBoxKind.Band) svg.Append($" transform=\"rotate(-90 {N(r.CenterX)} {N(r.CenterY)})\"");
            svg.Append($">{SvgText.Escape(line.Text)}</text>\n");
        }
        svg.Append("</g>\n");
    }

    private static void WriteArrow(StringBuilder svg, PrismaArrow arrow)
    {
        var (line, head) = PrismaStyle.Arrow(arrow);
        svg.Append($"<polyline class=\"arrow\" data-from=\"{arrow.From}\" data-to=\"{arrow.To}\" points=\"{Points(line)}\"");
        svg.Append($" fill=\"none\" stroke=\"{Stroke}\" stroke-width=\"{StrokeWidth}\"/>\n");
        svg.Append($"<polygon points=\"{Points(head)}\" fill=\"{Stroke}\"/>\n");
    }

    private static string Points(IEnumerable<FigurePoint> points) => string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));

    private static string N(double value) => SvgText.Number(value);
}
