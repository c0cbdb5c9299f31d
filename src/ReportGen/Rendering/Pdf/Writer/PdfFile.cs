using System.IO.Compression;

namespace ReportGen.Rendering.Pdf.Writer;

/// <summary>
/// The objects of a PDF file, written in the order they are finished, with the cross-reference table and trailer
/// in the classic form (<see cref="Canvas.PdfCatalogAmender"/> appends the outline and language to it).
/// </summary>
internal sealed class PdfFile : IDisposable
{
    private readonly PdfBytes _output = new(1 << 16);
    private readonly List<long> _offsets = [0];
    private readonly MemoryStream _deflated = new();

    public PdfFile() => _output.Ascii("%PDF-1.4\n%").Bytes([0xD3, 0xEB, 0xE9, 0xE1]).Byte((byte)'\n');

    /// <summary>A new object number, to refer to before the object is written.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public void Dispose() => _deflated.Dispose();

    /// <summary>Starts object <paramref name="number"/>; the caller writes its body into the returned buffer.</summary>
    public PdfBytes Begin(int number)
    {
        _offsets[number] = _output.Length;
        return _output.Int(number).Ascii(" 0 obj\n");
    }

    public void End() => _output.Ascii("\nendobj\n");

    /// <summary>A whole object with a dictionary body.</summary>
    public void Object(int number, Action<PdfBytes> body)
    {
        body(Begin(number));
        End();
    }

    /// <summary>
    /// A stream object, deflated at the fastest level unless <paramref name="level"/> says otherwise: the content of
    /// thousands of pages is compressed, and zlib's default level (Skia's) cost several times the time for a few per
    /// cent of size. A document's few font programs are worth the optimal level. <paramref name="dictionary"/> adds entries.
    /// The deflated bytes go through one buffer kept for the file, not two new arrays per page.
    /// </summary>
    public void Stream(int number, ReadOnlySpan<byte> data, Action<PdfBytes>? dictionary = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        _deflated.SetLength(0);
        using (var zlib = new ZLibStream(_deflated, level, leaveOpen: true)) zlib.Write(data);
        var deflated = _deflated.GetBuffer().AsSpan(0, (int)_deflated.Length);
        var output = Begin(number).Ascii("<</Filter /FlateDecode\n/Length ").Int(deflated.Length);
        dictionary?.Invoke(output);
        output.Ascii(">> stream\n").Bytes(deflated).Ascii("\nendstream");
        End();
    }

    /// <summary>
    /// The file's bytes, ending with the xref table and a trailer naming the catalog and the information dictionary:
    /// the file's own buffer, not a copy (the caller copies it once, with the catalog's update, into the PDF it returns).
    /// </summary>
    public ReadOnlySpan<byte> Finish(int root, int info)
    {
        var xref = _output.Length;
        _output.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0) throw new InvalidOperationException($"PDF object {i} was reserved but never written.");
            _output.Ascii(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }
        _output.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii("\n/Root ").Int(root).Ascii(" 0 R\n/Info ").Int(info)
            .Ascii(" 0 R>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        return _output.Span;
    }
}
