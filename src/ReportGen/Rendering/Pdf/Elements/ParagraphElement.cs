using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Text;

namespace ReportGen.Rendering.Pdf.Elements;

/// <summary>Running text broken into lines for the width it is given; splits between lines across pages.</summary>
internal sealed class ParagraphElement(IReadOnlyList<TextAtom> atoms, ParagraphFormat format, ITextShaper shaper, int sourceLine) : IElement
{
    private const int MinimumLinesAtBreak = 2;
    private IReadOnlyList<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private bool _overflowReported;
    private int _nextLine;

    public bool KeepWithNext => format.KeepWithNext;
    public ParagraphFormat Format => format;

    public IReadOnlyList<TextLine> LinesFor(double width)
    {
        var lines = Break(width);
        // Reported here, in page order, never from the breaking ahead, whose order depends on the threads.
        if (!_overflowReported)
        {
            _overflowReported = true;
            if (format.OnOverflow is { } report)
                foreach (var line in lines.Where(l => l.Overflow > SpacePlan.Tolerance))
                    report(line.Text, line.Overflow);
        }
        return lines;
    }

    public void CollectParagraphs(double width, List<(ParagraphElement Paragraph, double Width)> into) => into.Add((this, width));

    /// <summary>
    /// Breaks the paragraph for <paramref name="width"/> ahead of layout (<see cref="LineBreakAhead"/>); layout then finds the
    /// lines ready when it asks for the same width. Safe to call for different paragraphs at once.
    /// </summary>
    public void BreakAhead(double width) => Break(width);

    private IReadOnlyList<TextLine> Break(double width)
    {
        var textWidth = Math.Max(1, width - format.LeftIndent - format.HangingIndent);
        if (_lines is null || Math.Abs(_linesWidth - textWidth) > SpacePlan.Tolerance)
        {
            var options = new LineBreakOptions
            {
                Ragged = format.Alignment != TextAlignment.Justify,
                Hyphenator = format.Hyphenator,
                FirstLineExtra = format.HangingIndent,
            };
            _lines = LineBreaker.Break(atoms, textWidth, shaper, options);
            _linesWidth = textWidth;
            _overflowReported = false;
        }
        return _lines;
    }

    public SpacePlan Measure(Size available) => Plan(available).Plan;

    private (SpacePlan Plan, int LineCount) Plan(Size available)
    {
        var lines = LinesFor(available.Width);
        var remaining = lines.Count - _nextLine;
        if (remaining <= 0) return (SpacePlan.AllFits(0, 0), 0);
        var lineHeight = LineHeight;
        var allLines = remaining * lineHeight;
        if (allLines <= available.Height + SpacePlan.Tolerance)
            return (SpacePlan.AllFits(available.Width, Math.Min(allLines + format.SpaceAfter, Math.Max(available.Height, allLines))), remaining);

        var take = (int)Math.Floor((available.Height + SpacePlan.Tolerance) / lineHeight);
        if (format.WidowOrphanControl)
        {
            if (remaining - take < MinimumLinesAtBreak) take = remaining - MinimumLinesAtBreak;
            if (_nextLine == 0 && take < MinimumLinesAtBreak) take = 0;
        }
        if (take <= 0)
            return (SpacePlan.NothingFits(
                $"the text at line {sourceLine} needs {Points(lineHeight * Math.Min(remaining, format.WidowOrphanControl ? MinimumLinesAtBreak : 1))} pt " +
                $"but only {Points(available.Height)} pt are left", sourceLine), 0);
        return (SpacePlan.PartFits(available.Width, take * lineHeight), take);
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        var (plan, count) = Plan(area.Size);
        if (!plan.Fits) return;
        var lines = LinesFor(area.Width);
        var lineHeight = LineHeight;
        var baselineOffset = (format.Style.LineHeight - format.Style.FontSize) / 2 + format.Style.Ascent;
        for (var i = 0; i < count; i++)
        {
            var index = _nextLine + i;
            var top = area.Y + i * lineHeight;
            if (index == 0 && format.Marker is { } marker)
                canvas.DrawText(marker, new Point(area.X + format.LeftIndent - marker.Width - format.Style.FontSize * 0.4, top + baselineOffset));
            var indent = format.LeftIndent + (index == 0 ? 0 : format.HangingIndent);
            DrawLine(canvas, lines[index], area.X + indent, area.Width - indent, top, top + baselineOffset, lineHeight);
            if (format.NumberLines) canvas.MarkTextLine(top + baselineOffset);
        }
        _nextLine += count;
    }

    private void DrawLine(ICanvas canvas, TextLine line, double left, double width, double top, double baseline, double lineHeight)
    {
        var gaps = 0;
        for (var i = 0; i < line.Atoms.Count - 1; i++)
            if (line.Atoms[i].Join is Join.Space or Join.Tie or Join.WeakTie) gaps++;
        // A last line may have been shrunk to fit as well: the breaker let its spaces shrink, so it must be drawn so.
        var stretch = gaps > 0 && (format.Alignment == TextAlignment.Justify && !line.IsLast || line.NaturalWidth > width)
            ? (width - line.NaturalWidth) / gaps
            : 0;
        var x = format.Alignment == TextAlignment.Center ? left + (width - line.NaturalWidth) / 2 : left;
        for (var i = 0; i < line.Atoms.Count; i++)
        {
            var atom = line.Atoms[i];
            canvas.DrawText(atom.Shaped, new Point(x, baseline));
            var advance = atom.Width;
            if (i < line.Atoms.Count - 1 && atom.Join is Join.Space or Join.Tie or Join.WeakTie)
                advance += atom.SpaceWidth + stretch;
            if (atom.Link is { } url)
                canvas.LinkToUrl(new Rect(x, top, advance, lineHeight), url);
            x += advance;
        }
    }

    private double LineHeight => format.Style.LineHeight * format.LineSpacing;

    public void ResetState() => _nextLine = 0;

    private static string Points(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
