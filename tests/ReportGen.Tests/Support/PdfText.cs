using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.Support;

/// <summary>
/// Reads any PDF back in .NET with PdfPig: ours and the ones TeX makes. It answers what the tests once asked
/// poppler's pdftotext, pdfinfo and pdffonts, so that reading a PDF never needs a program outside the SDK.
/// </summary>
internal static partial class PdfText
{
    /// <summary>Each page's text line by line, top to bottom, in reading order whatever the page's rotation.</summary>
    public static IReadOnlyList<string> PageTexts(string pdf) => Read(pdf, page => string.Join('\n', Lines(page)));

    /// <summary>Each page's text in the order it was drawn: a table reads row by row, cell by cell.</summary>
    public static IReadOnlyList<string> RawPageTexts(string pdf) =>
        Read(pdf, page => Ligatures(ContentOrderTextExtractor.GetText(page)));

    /// <summary>Whether each page is seen in landscape: wider than high once its /Rotate is applied.</summary>
    public static IReadOnlyList<bool> PagesInLandscape(string pdf) => Read(pdf, page =>
    {
        var box = page.CropBox.Bounds;
        var turned = ((page.Rotation.Value % 360) + 360) % 180 != 0;
        return turned ? box.Height > box.Width : box.Width > box.Height;
    });

    public sealed record Font(string Name, bool Embedded, bool Subset);

    /// <summary>Every simple or CID font the file defines (Type 0 fonts through their descendants; Type 3 fonts are drawings).</summary>
    public static IReadOnlyList<Font> Fonts(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var fonts = new List<Font>();
        foreach (var key in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(key).Data is not DictionaryToken dictionary) continue;
            if (!IsName(dictionary, NameToken.Type, "Font") || IsName(dictionary, NameToken.Subtype, "Type0") || IsName(dictionary, NameToken.Subtype, "Type3")) continue;
            var name = dictionary.TryGet(NameToken.BaseFont, out var baseFont) && baseFont is NameToken n ? n.Data : "(unnamed)";
            var descriptor = Resolve(document, dictionary, NameToken.FontDescriptor) as DictionaryToken;
            var embedded = descriptor is not null && (descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3));
            fonts.Add(new Font(name, embedded, SubsetTag().IsMatch(name)));
        }
        return fonts;
    }

    private static List<T> Read<T>(string pdf, Func<Page, T> read)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(read).ToList();
    }

    /// <summary>
    /// Words grouped into lines along their own baseline direction, so that a rotated landscape page reads as it
    /// is printed: lines ordered across the direction of writing, words along it.
    /// </summary>
    private static IEnumerable<string> Lines(Page page)
    {
        var placed = page.GetWords().Where(w => w.Letters.Count > 0).Select(word =>
        {
            var start = word.Letters[0].StartBaseLine;
            var end = word.Letters[^1].EndBaseLine;
            var (dx, dy) = Direction(start, end);
            var size = Math.Max(word.Letters.Max(l => l.PointSize), 1);
            return (Word: word.Text, Across: -dy * start.X + dx * start.Y, Along: dx * start.X + dy * start.Y, Size: size);
        }).OrderByDescending(w => w.Across).ToList();

        var lines = new List<List<(string Word, double Across, double Along, double Size)>>();
        foreach (var word in placed)
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Across - word.Across) < word.Size * 0.4) lines[^1].Add(word);
            else lines.Add([word]);
        }
        return lines.Select(line => Ligatures(string.Join(' ', line.OrderBy(w => w.Along).Select(w => w.Word))));
    }

    /// <summary>The unit vector of writing; a single-letter word with no width reads left to right.</summary>
    private static (double X, double Y) Direction(PdfPoint start, PdfPoint end)
    {
        var (x, y) = (end.X - start.X, end.Y - start.Y);
        var length = Math.Sqrt(x * x + y * y);
        return length < 1e-6 ? (1, 0) : (x / length, y / length);
    }

    /// <summary>Ligature glyphs as their letters ("ﬁ" as "fi"), as a reader copying the text would get them.</summary>
    private static string Ligatures(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06')) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text) result.Append(c is >= '\uFB00' and <= '\uFB06' ? c.ToString().Normalize(NormalizationForm.FormKC) : c);
        return result.ToString();
    }

    private static bool IsName(DictionaryToken dictionary, NameToken key, string value) =>
        dictionary.TryGet(key, out var token) && token is NameToken name && name.Data == value;

    private static IToken? Resolve(PdfDocument document, DictionaryToken dictionary, NameToken key)
    {
        if (!dictionary.TryGet(key, out var token)) return null;
        return token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
    }

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetTag();
}
