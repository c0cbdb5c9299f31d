namespace ReportGen.Rendering.Pdf.Text;

/// <summary>
/// Text after shaping: its advance width and the glyph runs, one per font of the fallback chain used.
/// Clusters map glyphs back to UTF-8 offsets in <see cref="GlyphRun.Text"/>, so that ligatures still
/// copy and search as the letters they stand for.
/// </summary>
internal sealed record ShapedText(string Text, TextStyle Style, double Width, IReadOnlyList<GlyphRun> Runs)
{
    /// <summary>Characters that no font of the chain can draw.</summary>
    public IReadOnlyList<int> MissingCharacters { get; init; } = [];
}

/// <summary>Glyphs of one face; <see cref="XOffsets"/> are relative to the start of the whole text.</summary>
internal sealed record GlyphRun(int FaceIndex, string Text, ushort[] Glyphs, float[] XOffsets, float[] YOffsets, uint[] Clusters);
