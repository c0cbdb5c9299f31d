namespace ReportGen.Rendering.Pdf.Text;

/// <summary>What may happen between an atom and the next one.</summary>
internal enum Join
{
    /// <summary>No break: the next atom continues the same word (a style change inside a word).</summary>
    Glue,
    /// <summary>A space: a line may break here, and justification stretches it.</summary>
    Space,
    /// <summary>A line may break here without a space (after a hyphen or a dash).</summary>
    BreakAfter,
    /// <summary>A forced line break.</summary>
    HardBreak,
    /// <summary>A space that never breaks (TeX's tie "~"), stretched like any other space.</summary>
    Tie,
    /// <summary>A tie that the last pass may break rather than set a very loose line ("Coombs" | "et al.").</summary>
    WeakTie,
    /// <summary>A hyphenation point inside a word: a break here adds a hyphen at the end of the line.</summary>
    Hyphen,
    /// <summary>A cut inside a token longer than its column: a break here adds nothing.</summary>
    Cut,
}

/// <summary>The smallest unit line breaking moves around: a word or part of a word in one style.</summary>
internal sealed record TextAtom(ShapedText Shaped, string? Link, Join Join, double SpaceWidth, int SourceLine)
{
    public double Width => Shaped.Width;
}
