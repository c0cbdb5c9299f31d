using System.Globalization;
using System.Text;

namespace ReportGen.Rendering.Pdf.Writer;

/// <summary>
/// A growing byte buffer with the few PDF token writers a file and its page content need: ASCII, integers, numbers
/// to four decimals (invariant, never exponent form) and glyph ids in hex, all without a string per token.
/// </summary>
internal sealed class PdfBytes(int capacity = 4096)
{
    private byte[] _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBytes Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        Length += text.Length;
        return this;
    }

    public PdfBytes Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    public PdfBytes Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBytes Int(long value)
    {
        value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A real number to four decimals; values that round to zero are written as 0, never "-0".</summary>
    public PdfBytes Number(double value)
    {
        // Fixed point in ten-thousandths: a page holds tens of thousands of coordinates, and general float formatting
        // was a noticeable share of the writer's time.
        if (!(Math.Abs(value) < 1e12)) throw new ArgumentOutOfRangeException(nameof(value), value, "Not a coordinate a PDF can hold.");
        var scaled = (long)Math.Round(value * 10000, MidpointRounding.AwayFromZero);
        if (scaled == 0) return Byte((byte)'0');
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }
        Int(scaled / 10000);
        var fraction = (int)(scaled % 10000);
        if (fraction == 0) return this;
        var digits = 4;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }
        var span = Reserve(digits + 1);
        span[0] = (byte)'.';
        for (var i = digits; i >= 1; i--, fraction /= 10) span[i] = (byte)('0' + fraction % 10);
        Length += digits + 1;
        return this;
    }

    /// <summary>A glyph id as four hex digits, the code of an Identity-H font.</summary>
    public PdfBytes Glyph(ushort glyph)
    {
        var span = Reserve(4);
        span[0] = Hex[glyph >> 12];
        span[1] = Hex[(glyph >> 8) & 0xF];
        span[2] = Hex[(glyph >> 4) & 0xF];
        span[3] = Hex[glyph & 0xF];
        Length += 4;
        return this;
    }

    /// <summary>Text as a PDF hex string of UTF-16BE with a byte order mark, so any text survives and none is markup.</summary>
    public PdfBytes TextString(string text)
    {
        Byte((byte)'<').Ascii("FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text)) HexByte(b);
        return Byte((byte)'>');
    }

    /// <summary>Bytes as a PDF hex string: for a URI, whose characters then never end the string early.</summary>
    public PdfBytes HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        foreach (var b in bytes) HexByte(b);
        return Byte((byte)'>');
    }

    private void HexByte(byte b)
    {
        var span = Reserve(2);
        span[0] = Hex[b >> 4];
        span[1] = Hex[b & 0xF];
        Length += 2;
    }

    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        return _buffer.AsSpan(Length, count);
    }
}
