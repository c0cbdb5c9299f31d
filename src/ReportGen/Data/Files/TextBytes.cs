using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ReportGen.Diagnostics;

namespace ReportGen.Data.Files;

/// <summary>The diagnostic codes and hint a caller's kind of file uses for bytes that are not UTF-8 text.</summary>
internal sealed record TextCodes(string NotUtf8, string Nul, string Noun, string SaveAsUtf8Hint, string NulHint);

/// <summary>
/// Checks that an input file's bytes are UTF-8 text without NUL characters, and reports the first byte that is not
/// at its line and column; UTF-16 files, with or without a byte order mark, are named as such.
/// </summary>
internal static class TextBytes
{
    private const int Utf16Sample = 4096;

    /// <returns>The byte the text starts at (after a UTF-8 byte order mark) and the positions, or null when reported.</returns>
    public static (int TextStart, BytePositions Positions)? Check(byte[] bytes, string path, TextCodes codes, DiagnosticBag diagnostics)
    {
        if (Utf16Order(bytes) is { } order)
        {
            diagnostics.Error(path, 1, 1, codes.NotUtf8, $"the file is saved as UTF-16 ('Unicode text'{order}), not as UTF-8",
                codes.SaveAsUtf8Hint);
            return null;
        }
        var textStart = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var positions = new BytePositions(bytes, textStart);
        if (!Utf8.IsValid(bytes.AsSpan(textStart)))
        {
            var offset = textStart;
            while (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) == OperationStatus.Done)
                offset += consumed;
            var (line, column) = positions.At(offset);
            diagnostics.Error(path, line, column, codes.NotUtf8,
                $"the file is not valid UTF-8 text: byte 0x{bytes[offset]:X2} here is not part of a UTF-8 character",
                codes.SaveAsUtf8Hint);
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0, textStart);
        if (nul >= 0)
        {
            var (line, column) = positions.At(nul);
            diagnostics.Error(path, line, column, codes.Nul,
                $"the file contains a NUL character (code 0), which {codes.Noun} must not have", codes.NulHint);
            return null;
        }
        return (textStart, positions);
    }

    /// <summary>
    /// "" (a byte order mark says so), ", without a byte order mark", or null for a file that is not UTF-16. Without a
    /// mark, UTF-16 text in a Latin script has a zero in most of its high bytes, always on the same side of each pair.
    /// </summary>
    private static string? Utf16Order(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return "";
        var pairs = Math.Min(bytes.Length, Utf16Sample) / 2;
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 2 >= pairs && evenZeros * 10 <= oddZeros) return ", without a byte order mark";
        if (evenZeros * 2 >= pairs && oddZeros * 10 <= evenZeros) return ", without a byte order mark";
        return null;
    }
}
