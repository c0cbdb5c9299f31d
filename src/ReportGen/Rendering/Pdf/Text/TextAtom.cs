namespace ReportGen.Rendering.Pdf.Text;

/// <summary>What may happen between an atom and the next one.</summary>
public enum Join
{
    /// <summary>No break: the next atom continues the same word (a style change inside a word).</summary>
    Glue,
    /// <summary>A space: a line may break here, and justification stretches it.</summary>
    Space,
    /// <summary>A line may break here without a space (after a hyphen or a dash).</summary>
    BreakAfter,
    /// <summary>A forced line break.</summary>
    HardBreak,
}

/// <summary>The smallest unit line breaking moves around: a word or part of a word in one style.</summary>
public sealed record TextAtom(ShapedText Shaped, string? Link, Join Join, double SpaceWidth, int SourceLine)
{
    public double Width => Shaped.Width;
}
