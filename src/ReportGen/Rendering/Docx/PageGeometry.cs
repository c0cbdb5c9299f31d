using ReportGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Rendering.Docx;

/// <summary>A portrait page and its margins, in twentieths of a point (Word's unit for pages).</summary>
internal sealed record PageGeometry(uint Width, uint Height, int Top, int Bottom, uint Left, uint Right, uint Header, uint Footer)
{
    public const int TwipsPerPoint = 20;

    /// <summary>The PDF's paper and margins, with Word's own sizes for the paper (A4 is 11906 × 16838, not 595 × 842 points).</summary>
    public static PageGeometry Of(PdfOptions options)
    {
        var (width, height) = options.PaperSize == PaperSize.Letter ? (12240u, 15840u) : (11906u, 16838u);
        var m = options.Margins;
        return new PageGeometry(width, height, Twips(m.Top), Twips(m.Bottom), (uint)Twips(m.Left), (uint)Twips(m.Right),
            (uint)Twips(m.Top / 2), (uint)Twips(m.Bottom / 2));
    }

    /// <summary>The page of a document's last section, upright; null when it sets no size.</summary>
    public static PageGeometry? Of(SectionProperties? section)
    {
        if (section?.GetFirstChild<PageSize>() is not { Width.Value: var w, Height.Value: var h } || w == 0 || h == 0) return null;
        var margin = section.GetFirstChild<PageMargin>();
        return new PageGeometry(Math.Min(w, h), Math.Max(w, h),
            margin?.Top?.Value ?? 1440, margin?.Bottom?.Value ?? 1440, margin?.Left?.Value ?? 1440u, margin?.Right?.Value ?? 1440u,
            margin?.Header?.Value ?? 720u, margin?.Footer?.Value ?? 720u);
    }

    public uint TextWidth(bool landscape) => landscape
        ? Height - (uint)Math.Max(0, Top) - (uint)Math.Max(0, Bottom)
        : Width - Left - Right;

    public uint TextHeight(bool landscape) => landscape
        ? Width - Left - Right
        : Height - (uint)Math.Max(0, Top) - (uint)Math.Max(0, Bottom);

    /// <summary>The section properties of a portrait or landscape section, with line numbering in the submission layout.</summary>
    public SectionProperties Section(bool landscape, DocumentLayout layout, string? footerId)
    {
        var section = new SectionProperties();
        if (footerId is not null) section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        var page = landscape ? Turned() : this;
        section.Append(new PageSize
        {
            Width = page.Width,
            Height = page.Height,
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        });
        section.Append(new PageMargin
        {
            Top = page.Top, Bottom = page.Bottom, Left = page.Left, Right = page.Right,
            Header = Header, Footer = Footer, Gutter = 0,
        });
        if (layout == DocumentLayout.Submission)
            section.Append(new LineNumberType { CountBy = 1, Distance = "360", Restart = LineNumberRestartValues.Continuous });
        return section;
    }

    // Word turns a page by swapping its sides; the top margin moves to the left, as the paper is rotated.
    private PageGeometry Turned() => this with
    {
        Width = Height, Height = Width,
        Top = (int)Left, Bottom = (int)Right, Left = (uint)Math.Max(0, Bottom), Right = (uint)Math.Max(0, Top),
    };

    private static int Twips(double points) => (int)Math.Round(points * TwipsPerPoint);
}
