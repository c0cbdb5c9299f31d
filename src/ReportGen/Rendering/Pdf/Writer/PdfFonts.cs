using System.Text;
using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Rendering.Pdf.Writer;

/// <summary>
/// The faces a document draws with, each embedded once as a Type 0 font over its TrueType file (already cut down to
/// the document's characters), addressed by glyph id (Identity-H), with the widths of the glyphs used and a
/// ToUnicode map built from HarfBuzz's clusters, so that a ligature copies and searches as the letters it stands for.
/// </summary>
internal sealed class PdfFonts(SkiaTextShaper shaper)
{
    private readonly SortedDictionary<int, Face> _faces = [];
    private readonly HashSet<ShapedText> _registered = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Notes the glyphs of <paramref name="text"/> and the text each stands for. The shaper hands out one object per
    /// word and style, so a word seen again costs one lookup.
    /// </summary>
    public void Register(ShapedText text)
    {
        if (!_registered.Add(text)) return;
        foreach (var run in text.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            var face = FaceOf(run.FaceIndex);
            var utf8 = Encoding.UTF8.GetBytes(run.Text);
            // Clusters are UTF-8 offsets, rising along the glyphs of left-to-right text and falling along right-to-left
            // text; a cluster's text runs to the next larger cluster whichever order the glyphs are in.
            var starts = run.Clusters.Distinct().Order().ToArray();
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                var glyph = run.Glyphs[i];
                if (face.Text.ContainsKey(glyph)) continue;
                var start = (int)run.Clusters[i];
                var next = Array.BinarySearch(starts, run.Clusters[i]) + 1;
                var end = next < starts.Length ? (int)starts[next] : utf8.Length;
                // The second glyph of a cluster (a mark, a piece of a decomposed letter) stands for nothing more.
                var shared = i > 0 && run.Clusters[i - 1] == run.Clusters[i];
                face.Text[glyph] = shared || start >= utf8.Length ? "" : Encoding.UTF8.GetString(utf8, start, Math.Max(0, end - start));
            }
        }
    }

    /// <summary>A glyph's advance in ems, as shaping measured it.</summary>
    public double Advance(int faceIndex, ushort glyph)
    {
        var face = FaceOf(faceIndex);
        if (!face.Advances.TryGetValue(glyph, out var advance))
            face.Advances[glyph] = advance = shaper.GlyphAdvance(faceIndex, glyph);
        return advance;
    }

    /// <summary>The resource name of a face in page content.</summary>
    public static string ResourceName(int faceIndex) => "F" + faceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The font resources every page shares: each face's name and its Type 0 font object.</summary>
    public IEnumerable<(string Name, int Object)> Resources => _faces.Select(f => (ResourceName(f.Key), f.Value.Object));

    /// <summary>Reserves the font object of a face at first use, so pages can refer to it before it is written.</summary>
    public void Reserve(PdfFile file)
    {
        foreach (var face in _faces.Values.Where(f => f.Object == 0)) face.Object = file.Reserve();
    }

    /// <summary>Writes every face used: font file, descriptor, CID font with widths, ToUnicode map and the Type 0 font.</summary>
    public void Write(PdfFile file)
    {
        Reserve(file);
        var ordinal = 0;
        foreach (var (index, face) in _faces)
        {
            var bytes = shaper.FaceFile(index) ?? throw new InvalidOperationException("A face lent by the system cannot be embedded by this writer.");
            var typeface = shaper.Faces[index];
            // The subset tag only has to differ between the document's fonts; counting keeps the bytes reproducible.
            var name = Tag(ordinal++) + "+" + PostScriptName(typeface);
            using var metrics = new SKFont(typeface, 1000);
            var m = metrics.Metrics;

            var program = file.Reserve();
            file.Stream(program, bytes, d => d.Ascii("\n/Length1 ").Int(bytes.Length), System.IO.Compression.CompressionLevel.Optimal);
            var descriptor = file.Reserve();
            file.Object(descriptor, o => o.Ascii("<</Type /FontDescriptor\n/FontName /").Ascii(name)
                .Ascii("\n/Flags 4\n/Ascent ").Number(-m.Ascent).Ascii("\n/Descent ").Number(-m.Descent)
                .Ascii("\n/StemV 80\n/CapHeight ").Number(m.CapHeight).Ascii("\n/ItalicAngle 0\n/FontBBox [")
                .Number(m.XMin).Byte((byte)' ').Number(-m.Bottom).Byte((byte)' ').Number(m.XMax).Byte((byte)' ').Number(-m.Top)
                .Ascii("]\n/FontFile2 ").Int(program).Ascii(" 0 R>>"));
            var cidFont = file.Reserve();
            file.Object(cidFont, o =>
            {
                o.Ascii("<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /").Ascii(name).Ascii("\n/FontDescriptor ").Int(descriptor)
                    .Ascii(" 0 R\n/CIDToGIDMap /Identity\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n/Supplement 0>>\n/W [");
                WriteWidths(o, index, face);
                o.Ascii("]>>");
            });
            var toUnicode = file.Reserve();
            file.Stream(toUnicode, ToUnicode(face), level: System.IO.Compression.CompressionLevel.Optimal);
            file.Object(face.Object, o => o.Ascii("<</Type /Font\n/Subtype /Type0\n/BaseFont /").Ascii(name)
                .Ascii("\n/Encoding /Identity-H\n/DescendantFonts [").Int(cidFont).Ascii(" 0 R]\n/ToUnicode ").Int(toUnicode).Ascii(" 0 R>>"));
        }
    }

    private Face FaceOf(int index)
    {
        if (!_faces.TryGetValue(index, out var face)) _faces[index] = face = new Face();
        return face;
    }

    /// <summary>Runs of consecutive glyph ids with their widths in thousandths of an em: "3 [500 250] 9 [600]".</summary>
    private void WriteWidths(PdfBytes output, int index, Face face)
    {
        var previous = -2;
        foreach (var glyph in face.Text.Keys)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0) output.Ascii("] ");
                output.Int(glyph).Ascii(" [");
            }
            else output.Byte((byte)' ');
            output.Number(Advance(index, glyph) * 1000);
            previous = glyph;
        }
        if (previous >= 0) output.Byte((byte)']');
    }

    private static byte[] ToUnicode(Face face)
    {
        var mapped = face.Text.Where(g => g.Value.Length > 0).ToList();
        var cmap = new PdfBytes();
        cmap.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo <</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0>> def\n")
            .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in mapped.Chunk(100))
        {
            cmap.Int(chunk.Length).Ascii(" beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                cmap.Byte((byte)'<').Glyph(glyph).Ascii("> <");
                foreach (var unit in text) cmap.Glyph(unit);
                cmap.Ascii(">\n");
            }
            cmap.Ascii("endbfchar\n");
        }
        cmap.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
        return cmap.Span.ToArray();
    }

    private static string Tag(int ordinal)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--, ordinal /= 26) letters[i] = (char)('A' + ordinal % 26);
        return new string(letters);
    }

    /// <summary>The face's PostScript name, kept to the characters a PDF name may hold unescaped.</summary>
    private static string PostScriptName(SKTypeface typeface)
    {
        var name = string.IsNullOrEmpty(typeface.PostScriptName) ? typeface.FamilyName : typeface.PostScriptName;
        var safe = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return safe.Length > 0 ? safe : "Font";
    }

    private sealed class Face
    {
        public int Object;
        /// <summary>Glyph id → the text it stands for, sorted by glyph id for the width and ToUnicode tables.</summary>
        public SortedDictionary<ushort, string> Text { get; } = [];
        public Dictionary<ushort, double> Advances { get; } = [];
    }
}
