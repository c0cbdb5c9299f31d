using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>
/// Adds what SkiaSharp's PDF API cannot write: the outline (bookmarks) built from headings and the
/// document language. Skia writes the named destinations (<c>/Dests</c>) itself; this appends an
/// incremental update, the standard PDF way to change a finished file: a new catalog object, the
/// outline objects, an xref section for them and a trailer pointing back at the original one.
/// Skia writes a classic xref table and plain-text object headers, which is all this relies on.
/// </summary>
internal static partial class PdfCatalogAmender
{
    /// <summary>
    /// <paramref name="pdf"/> followed by the update, in one array of exactly that size. The PDF is read as bytes and
    /// copied once, never decoded whole: a review of thousands of campaigns makes PDFs of tens of MB.
    /// </summary>
    public static byte[] Amend(ReadOnlySpan<byte> pdf, IReadOnlyList<OutlineEntry> outline, string? language)
    {
        if (outline.Count == 0 && string.IsNullOrEmpty(language)) return pdf.ToArray();
        var tail = Encoding.Latin1.GetString(pdf[Math.Max(0, pdf.Length - 1024)..]);
        var trailer = TrailerPattern().Match(tail);
        var startXref = StartXrefPattern().Match(tail);
        if (!trailer.Success || !startXref.Success)
            throw new InvalidOperationException("Skia's PDF trailer has an unexpected form; the outline cannot be added.");
        var size = int.Parse(Field(trailer.Value, "Size"), CultureInfo.InvariantCulture);
        var root = int.Parse(Field(trailer.Value, "Root"), CultureInfo.InvariantCulture);
        var info = InfoPattern().Match(trailer.Value);
        var catalog = CatalogBody(pdf, root);

        var objects = new SortedDictionary<int, string>();
        var extra = new StringBuilder();
        if (outline.Count > 0)
        {
            var outlinesRoot = size;
            AddOutline(objects, outline, outlinesRoot);
            extra.Append(CultureInfo.InvariantCulture, $"\n/Outlines {outlinesRoot} 0 R\n/PageMode /UseOutlines");
        }
        if (!string.IsNullOrEmpty(language))
            extra.Append("\n/Lang ").Append(TextString(language));
        objects[root] = catalog[..^2] + extra + ">>";

        using var update = new MemoryStream();
        long position = pdf.Length;
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = position;
            var bytes = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
            update.Write(bytes);
            position += bytes.Length;
        }
        var xref = position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var newSize = Math.Max(size, objects.Keys.Max() + 1);
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {newSize}\n/Root {root} 0 R\n");
        if (info.Success) table.Append(CultureInfo.InvariantCulture, $"/Info {info.Groups[1].Value} 0 R\n");
        table.Append(CultureInfo.InvariantCulture, $"/Prev {startXref.Groups[1].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        update.Write(Encoding.Latin1.GetBytes(table.ToString()));

        var amended = new byte[pdf.Length + update.Length];
        pdf.CopyTo(amended);
        update.GetBuffer().AsSpan(0, (int)update.Length).CopyTo(amended.AsSpan(pdf.Length));
        return amended;
    }

    /// <summary>Turns the flat heading list into the outline tree: each entry's children are the deeper entries after it.</summary>
    private static void AddOutline(SortedDictionary<int, string> objects, IReadOnlyList<OutlineEntry> outline, int rootNumber)
    {
        var numbers = Enumerable.Range(rootNumber + 1, outline.Count).ToArray();
        var parents = new int[outline.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < outline.Count; i++)
        {
            while (stack.Count > 0 && outline[stack.Peek()].Level >= outline[i].Level) stack.Pop();
            parents[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        List<int> ChildrenOf(int parent) => Enumerable.Range(0, outline.Count).Where(i => parents[i] == parent).ToList();
        int Descendants(int item) => ChildrenOf(item).Sum(c => 1 + Descendants(c));

        var top = ChildrenOf(-1);
        objects[rootNumber] = string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Outlines\n/First {numbers[top[0]]} 0 R\n/Last {numbers[top[^1]]} 0 R\n/Count {outline.Count}>>");
        for (var i = 0; i < outline.Count; i++)
        {
            var siblings = ChildrenOf(parents[i]);
            var position = siblings.IndexOf(i);
            var children = ChildrenOf(i);
            var body = new StringBuilder("<</Title ").Append(TextString(outline[i].Title));
            body.Append(CultureInfo.InvariantCulture, $"\n/Parent {(parents[i] < 0 ? rootNumber : numbers[parents[i]])} 0 R");
            if (position > 0) body.Append(CultureInfo.InvariantCulture, $"\n/Prev {numbers[siblings[position - 1]]} 0 R");
            if (position < siblings.Count - 1) body.Append(CultureInfo.InvariantCulture, $"\n/Next {numbers[siblings[position + 1]]} 0 R");
            if (children.Count > 0)
                body.Append(CultureInfo.InvariantCulture,
                    $"\n/First {numbers[children[0]]} 0 R\n/Last {numbers[children[^1]]} 0 R\n/Count {Descendants(i)}");
            body.Append("\n/Dest /").Append(outline[i].DestinationName).Append(">>");
            objects[numbers[i]] = body.ToString();
        }
    }

    private static string CatalogBody(ReadOnlySpan<byte> pdf, int number)
    {
        var header = Encoding.Latin1.GetBytes($"\n{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n");
        var start = pdf.LastIndexOf(header);
        var end = start < 0 ? -1 : pdf[(start + header.Length)..].IndexOf("\nendobj"u8);
        if (start < 0 || end < 0) throw new InvalidOperationException("Skia's PDF catalog was not found.");
        var body = Encoding.Latin1.GetString(pdf.Slice(start + header.Length, end)).TrimEnd();
        if (!body.StartsWith("<<", StringComparison.Ordinal) || !body.EndsWith(">>", StringComparison.Ordinal))
            throw new InvalidOperationException("Skia's PDF catalog has an unexpected form.");
        return body;
    }

    /// <summary>A PDF text string in UTF-16BE with a byte order mark, so any title survives.</summary>
    private static string TextString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static string Field(string trailer, string name) =>
        Regex.Match(trailer, "/" + name + @"\s+(\d+)").Groups[1].Value;

    [GeneratedRegex(@"trailer\s*<<.*?>>\s*startxref", RegexOptions.Singleline | RegexOptions.RightToLeft)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Info\s+(\d+)")]
    private static partial Regex InfoPattern();
}
