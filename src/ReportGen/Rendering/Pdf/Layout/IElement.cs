using ReportGen.Rendering.Pdf.Canvas;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// A piece of layout. <see cref="Measure"/> has no side effects; <see cref="Draw"/> draws what
/// <c>Measure(area.Size)</c> planned and remembers how far it got, so the next page continues from there.
/// </summary>
internal interface IElement
{
    SpacePlan Measure(Size available);

    void Draw(ICanvas canvas, Rect area);

    /// <summary>Forgets drawing progress, for content that is drawn again on every page (a table header).</summary>
    void ResetState();

    /// <summary>Moved to the next page rather than split, unless it starts the page.</summary>
    bool KeepTogether => false;

    /// <summary>Never the last thing on a page (a heading, a caption above a table).</summary>
    bool KeepWithNext => false;

    /// <summary>
    /// The paragraphs this element will break into lines when given <paramref name="width"/>, with the width each gets,
    /// so that <see cref="LineBreakAhead"/> can break them before the page loop, on every core.
    /// </summary>
    void CollectParagraphs(double width, List<(Elements.ParagraphElement Paragraph, double Width)> into) { }
}
