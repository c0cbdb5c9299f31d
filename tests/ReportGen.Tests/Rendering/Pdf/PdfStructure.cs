using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>What PdfPig's page model does not show: the embedded font programs and the catalog's language.</summary>
internal static class PdfStructure
{
    /// <summary>The length of each embedded font program (a stream with /Length1: the font file's size before compression).</summary>
    public static IReadOnlyList<int> FontProgramLengths(PdfDocument document) =>
        document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(key => document.Structure.GetObject(key).Data)
            .OfType<StreamToken>()
            .Select(stream => stream.StreamDictionary.TryGet(NameToken.Length1, out var length) && length is NumericToken number ? number.Int : -1)
            .Where(length => length >= 0)
            .ToList();

    /// <summary>The catalog's /Lang, or null.</summary>
    public static string? Language(PdfDocument document)
    {
        var catalog = (DictionaryToken)document.Structure.GetObject(document.Structure.Trailer.Root).Data;
        if (!catalog.TryGet(NameToken.Create("Lang"), out var language)) return null;
        return language switch
        {
            HexToken hex => Decode(hex.Bytes.ToArray()),
            StringToken text => text.Data,
            _ => language.ToString(),
        };
    }

    private static string Decode(byte[] bytes) =>
        bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
}
