using System.Text;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Prisma;

namespace ReportGen.Rendering.Svg;

/// <summary>
/// Writes a laid-out PRISMA figure as SVG 1.1 with one user unit per point. Text stays text (searchable, and drawn
/// by the PDF writer with the same font); arrowheads are polygons rather than markers so every renderer draws them alike.
/// </summary>
internal static class PrismaSvgWriter
{
    private const string Stroke = "#000000";
    private const string StrokeWidth = "0.8";
    private const double CornerRadius = 4;
    private const double ArrowHead = 6;

    private static string Fill(PrismaBox box) => box.Kind switch
    {
        PrismaBoxKind.Band => "#A9C7E8",
        PrismaBoxKind.Header when box.Name == "newstud" => "#FBD87F",
        PrismaBoxKind.Header => "#D9D9D9",
        _ => "#FFFFFF",
    };

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
            var rounded = box.Kind == PrismaBoxKind.Step ? "" : $" rx=\"{SvgText.Number(CornerRadius)}\"";
            svg.Append($"<rect x=\"{N(r.X)}\" y=\"{N(r.Y)}\" width=\"{N(r.Width)}\" height=\"{N(r.Height)}\"{rounded}");
            svg.Append($" fill=\"{Fill(box)}\" stroke=\"{Stroke}\" stroke-width=\"{StrokeWidth}\"/>\n");
        }
        foreach (var line in box.Lines)
        {
            var centred = box.Align == PrismaAlign.Center;
            var x = centred ? line.Left + line.Width / 2 : line.Left;
            svg.Append($"<text x=\"{N(x)}\" y=\"{N(line.Baseline)}\"");
            if (centred) svg.Append(" text-anchor=\"middle\"");
            if (line.Style is FontStyle.Bold or FontStyle.BoldItalic) svg.Append(" font-weight=\"bold\"");
            if (line.Style is FontStyle.Italic or FontStyle.BoldItalic) svg.Append(" font-style=\"italic\"");
            if (box.Kind == PrismaBoxKind.Band) svg.Append($" transform=\"rotate(-90 {N(r.CenterX)} {N(r.CenterY)})\"");
            svg.Append($">{SvgText.Escape(line.Text)}</text>\n");
        }
        svg.Append("</g>\n");
    }

    /// <summary>The line stops where the head begins, so its square end does not poke through the tip.</summary>
    private static void WriteArrow(StringBuilder svg, PrismaArrow arrow)
    {
        var points = arrow.Points;
        var tip = points[^1];
        var before = points[^2];
        var dx = tip.X - before.X;
        var dy = tip.Y - before.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (ux, uy) = length == 0 ? (0.0, 1.0) : (dx / length, dy / length);
        var head = Math.Min(ArrowHead, length);
        var baseX = tip.X - ux * head;
        var baseY = tip.Y - uy * head;
        var halfWidth = head / 2;

        var line = points.Take(points.Count - 1).Select(p => $"{N(p.X)},{N(p.Y)}").Append($"{N(baseX)},{N(baseY)}");
        svg.Append($"<polyline class=\"arrow\" data-from=\"{arrow.From}\" data-to=\"{arrow.To}\" points=\"{string.Join(' ', line)}\"");
        svg.Append($" fill=\"none\" stroke=\"{Stroke}\" stroke-width=\"{StrokeWidth}\"/>\n");
        svg.Append($"<polygon points=\"{N(tip.X)},{N(tip.Y)} {N(baseX - uy * halfWidth)},{N(baseY + ux * halfWidth)} {N(baseX + uy * halfWidth)},{N(baseY - ux * halfWidth)}\" fill=\"{Stroke}\"/>\n");
    }

    private static string N(double value) => SvgText.Number(value);
}
