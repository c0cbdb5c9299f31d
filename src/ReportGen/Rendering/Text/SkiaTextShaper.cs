using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ReportGen.Rendering.Text;

/// <summary>
/// Shapes with HarfBuzz (kerning, ligatures) in the faces of a <see cref="FontSet"/>. A character the
/// face lacks is taken from the set's fallback files in order, then from whatever the system's font
/// manager offers; a character no font has is reported in <see cref="ShapedText.MissingCharacters"/>.
/// </summary>
internal sealed class SkiaTextShaper : ITextShaper, IDisposable
{
    private const int MonospaceFace = 4;
    private const int FirstFallbackFace = 5;

    private readonly List<SKTypeface> _faces = [];
    // The font file behind each face, for a PDF writer that embeds it itself; null until asked for a face found on the system.
    private readonly List<byte[]?> _faceFiles = [];
    private readonly int _fileFallbackEnd;
    private readonly Dictionary<int, HarfBuzzSharp.Font> _harfBuzzFonts = [];
    // One table per style, looked up by span, so that a word cut out of a longer text needs no string of its own once
    // seen; lookups take no lock (paragraphs are broken on every core, and nearly every word has been shaped before).
    private readonly ConcurrentDictionary<TextStyle, Words> _cache = new();
    private readonly Lock _shaping = new();
    // The characters no font has, of the word being shaped (under the lock): nearly always none, so kept for the next word.
    private readonly List<int> _missing = [];
    private readonly Dictionary<string, int> _systemFallbacks = new(StringComparer.Ordinal);
    // Every character of every new word is looked up, so the answers (and a font per face to ask) are kept.
    private readonly Dictionary<(int Face, int Codepoint), bool> _hasGlyph = [];
    private readonly Dictionary<int, SKFont> _glyphFonts = [];

    private readonly HarfBuzzSharp.Feature[] _features;

    private SkiaTextShaper(IEnumerable<(SKTypeface Face, byte[]? File)> faces, bool ligatures)
    {
        foreach (var (face, file) in faces)
        {
            _faces.Add(face);
            _faceFiles.Add(file);
        }
        _fileFallbackEnd = _faces.Count;
        _features = ligatures ? WithLigatures : WithoutLigatures;
    }

    public IReadOnlyList<SKTypeface> Faces => _faces;

    public string FamilyName => _faces[(int)FontStyle.Regular].FamilyName;

    public double Spacing(TextStyle style)
    {
        using var font = new SKFont(_faces[(int)FontStyle.Regular], (float)style.FontSize);
        return font.Spacing;
    }

    /// <summary>
    /// Loads every face, cut down to <paramref name="characters"/> when given (the PDF then embeds only those
    /// glyphs); on failure names the file that Skia could not read.
    /// </summary>
    public static SkiaTextShaper? TryCreate(FontSet fonts, string? monospaceFile, IReadOnlySet<int>? characters, out string? unreadableFile)
    {
        var files = new List<string> { fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic, monospaceFile ?? fonts.Regular };
        files.AddRange(fonts.Fallbacks);
        var faces = new List<(SKTypeface, byte[]?)>();
        var allSubset = characters is not null;
        foreach (var file in files)
        {
            var (face, bytes, subset) = Load(file, characters);
            allSubset &= subset;
            if (face is null)
            {
                foreach (var (loaded, _) in faces) loaded.Dispose();
                unreadableFile = file;
                return null;
            }
            faces.Add((face, bytes));
        }
        unreadableFile = null;
        return new SkiaTextShaper(faces, ligatures: allSubset);
    }

    /// <summary>The face, the font file it was made from (when read here), and whether it was cut down to the characters.</summary>
    private static (SKTypeface? Face, byte[]? File, bool Subset) Load(string file, IReadOnlySet<int>? characters)
    {
        if (characters is null) return (SKTypeface.FromFile(file), null, false);
        if (FontFileCache.Read(file) is not { } font) return (null, null, false);
        var subset = FontFileCache.Subset(file, font, characters);
        using var data = SKData.CreateCopy(subset ?? font);
        return (SKTypeface.FromData(data), subset ?? font, subset is not null);
    }

    /// <summary>
    /// The font file of a face, as a PDF embeds it (the glyph ids of <see cref="Shape"/> index its glyphs), or null for a
    /// face the system's font manager lent, which may sit in a font collection that a PDF cannot embed as it is.
    /// </summary>
    public byte[]? FaceFile(int face) => _faceFiles[face];

    /// <summary>Whether some text needed a face of the system's rather than of the font set.</summary>
    public bool UsesSystemFaces => _faces.Count > _fileFallbackEnd;

    /// <summary>A glyph's advance in ems, exactly as shaping measured it, so a PDF's widths agree with the positions.</summary>
    public double GlyphAdvance(int face, ushort glyph)
    {
        if (!_harfBuzzFonts.TryGetValue(face, out var hbFont))
            _harfBuzzFonts[face] = hbFont = CreateHarfBuzzFont(_faces[face]);
        return hbFont.GetHorizontalGlyphAdvance(glyph) / (double)HarfBuzzScale;
    }

    /// <summary>Safe to call from several threads (the PDF writer breaks paragraphs on every core); each word and style is shaped once.</summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        var words = WordsOf(style);
        return words.Shaped.TryGetValue(text, out var cached) ? cached : ShapeNew(text, style, words);
    }

    /// <inheritdoc cref="Shape(string, TextStyle)"/>
    public ShapedText Shape(ReadOnlySpan<char> text, TextStyle style)
    {
        var words = WordsOf(style);
        return words.BySpan.TryGetValue(text, out var cached) ? cached : ShapeNew(text.ToString(), style, words);
    }

    private ShapedText ShapeNew(string text, TextStyle style, Words words)
    {
        // Shaping, the fonts and the fallback faces are one thread's at a time; the table is read without the lock.
        lock (_shaping)
        {
            if (words.Shaped.TryGetValue(text, out var cached)) return cached;
            var shaped = ShapeUncached(text, style);
            words.Shaped[text] = shaped;
            return shaped;
        }
    }

    private Words WordsOf(TextStyle style) => _cache.TryGetValue(style, out var words) ? words : _cache.GetOrAdd(style, _ => new Words());

    private sealed class Words
    {
        public readonly ConcurrentDictionary<string, ShapedText> Shaped = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, ShapedText>.AlternateLookup<ReadOnlySpan<char>> BySpan;

        public Words() => BySpan = Shaped.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private ShapedText ShapeUncached(string text, TextStyle style)
    {
        var primary = style.Monospace ? MonospaceFace : (int)style.FontStyle;
        var runs = new List<GlyphRun>(1);
        var missing = _missing;
        missing.Clear();
        var x = 0.0;
        foreach (var (face, segment) in SplitByFace(text, primary, missing))
        {
            var run = ShapeSegment(face, segment, style.FontSize, x, out var advance);
            runs.Add(run);
            x += advance;
        }
        return new ShapedText(text, style, x, runs) { MissingCharacters = missing.Count == 0 ? [] : missing.ToArray() };
    }

    /// <summary>The text cut where the face changes; text in one face (nearly all) is its own single segment.</summary>
    private List<(int Face, string Segment)> SplitByFace(string text, int primary, List<int> missing)
    {
        // Surrogates (paired or not) go the way that writes each rune again, which turns a lone one into U+FFFD.
        if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return SplitByFaceRuneByRune(text, primary, missing);
        var segments = new List<(int Face, string Segment)>(1);
        var start = 0;
        var currentFace = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune, primary, missing);
            if (face != currentFace && index > start)
            {
                segments.Add((currentFace, text[start..index]));
                start = index;
            }
            currentFace = face;
            index += rune.Utf16SequenceLength;
        }
        if (index > start) segments.Add((currentFace, start == 0 ? text : text[start..]));
        return segments;
    }

    private List<(int Face, string Segment)> SplitByFaceRuneByRune(string text, int primary, List<int> missing)
    {
        var segments = new List<(int Face, string Segment)>();
        var builder = new StringBuilder();
        var currentFace = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune, primary, missing);
            if (face != currentFace && builder.Length > 0)
            {
                segments.Add((currentFace, builder.ToString()));
                builder.Clear();
            }
            currentFace = face;
            builder.Append(rune.ToString());
        }
        if (builder.Length > 0) segments.Add((currentFace, builder.ToString()));
        return segments;
    }

    private int FaceFor(Rune rune, int primary, List<int> missing)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || HasGlyph(primary, rune.Value)) return primary;
        for (var i = FirstFallbackFace; i < _fileFallbackEnd; i++)
            if (HasGlyph(i, rune.Value)) return i;
        var system = SKFontManager.Default.MatchCharacter(rune.Value);
        if (system is not null && HasGlyph(system, rune.Value))
        {
            if (!_systemFallbacks.TryGetValue(system.FamilyName, out var index))
            {
                index = _faces.Count;
                _faces.Add(system);
                _faceFiles.Add(null);
                _systemFallbacks[system.FamilyName] = index;
            }
            else system.Dispose();
            return index;
        }
        system?.Dispose();
        if (!missing.Contains(rune.Value)) missing.Add(rune.Value);
        return primary;
    }

    private bool HasGlyph(int face, int codepoint)
    {
        if (_hasGlyph.TryGetValue((face, codepoint), out var has)) return has;
        if (!_glyphFonts.TryGetValue(face, out var font)) _glyphFonts[face] = font = new SKFont(_faces[face]);
        return _hasGlyph[(face, codepoint)] = font.ContainsGlyph(codepoint);
    }

    private static bool HasGlyph(SKTypeface face, int codepoint)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyph(codepoint);
    }

    /// <summary>
    /// Standard ligatures need subset fonts. Skia's PDF names each glyph by the font's cmap, and a whole font maps
    /// the "fi" ligature to its presentation form U+FB01, so copied or extracted text would read "identiﬁer". A subset
    /// holds only the document's characters (<see cref="DocumentCharacters"/>: no presentation forms unless the text
    /// has them), so the ligature glyph is in no cmap and Skia names it by the text it was shaped from: "fi".
    /// Kerning is on either way.
    /// </summary>
    private static readonly HarfBuzzSharp.Feature[] WithLigatures =
        [HarfBuzzSharp.Feature.Parse("liga=1"), HarfBuzzSharp.Feature.Parse("clig=1"), HarfBuzzSharp.Feature.Parse("kern=1")];

    private static readonly HarfBuzzSharp.Feature[] WithoutLigatures =
        [HarfBuzzSharp.Feature.Parse("liga=0"), HarfBuzzSharp.Feature.Parse("clig=0"), HarfBuzzSharp.Feature.Parse("kern=1")];

    /// <summary>HarfBuzz works in these units per em; results are scaled to the font size.</summary>
    private const int HarfBuzzScale = 1 << 10;

    private GlyphRun ShapeSegment(int face, string segment, double fontSize, double startX, out double advance)
    {
        if (!_harfBuzzFonts.TryGetValue(face, out var hbFont))
            _harfBuzzFonts[face] = hbFont = CreateHarfBuzzFont(_faces[face]);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(segment);
        buffer.GuessSegmentProperties();
        hbFont.Shape(buffer, _features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = fontSize / HarfBuzzScale;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var xs = new float[count];
        var ys = new float[count];
        var clusters = new uint[count];
        var x = startX;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            xs[i] = (float)(x + positions[i].XOffset * scale);
            ys[i] = (float)(-positions[i].YOffset * scale);
            x += positions[i].XAdvance * scale;
        }
        advance = x - startX;
        return new GlyphRun(face, segment, glyphs, xs, ys, clusters);
    }

    private static HarfBuzzSharp.Font CreateHarfBuzzFont(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        using var blob = stream.ToHarfBuzzBlob();
        using var hbFace = new HarfBuzzSharp.Face(blob, index);
        var font = new HarfBuzzSharp.Font(hbFace);
        font.SetScale(HarfBuzzScale, HarfBuzzScale);
        font.SetFunctionsOpenType();
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _harfBuzzFonts.Values) font.Dispose();
        foreach (var font in _glyphFonts.Values) font.Dispose();
        foreach (var face in _faces) face.Dispose();
    }
}
