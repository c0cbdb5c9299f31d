namespace ReportGen.Data;

/// <summary>
/// Turns byte offsets in a UTF-8 file into 1-based physical line and character column. CR, LF and CR LF
/// each end a line, so lines inside quoted cells count. Columns count characters (Unicode code points),
/// not bytes, because that is what an editor shows.
/// </summary>
internal sealed class BytePositions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts;

    public BytePositions(byte[] bytes, int firstLineStart)
    {
        _bytes = bytes;
        _lineStarts = [firstLineStart];
        for (var i = firstLineStart; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
                _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The byte offset of a 0-based line and byte in that line, as System.Text.Json reports a syntax error.</summary>
    public long Offset(long line, long byteInLine) =>
        line < _lineStarts.Count ? Math.Min(_lineStarts[(int)line] + byteInLine, _bytes.Length) : _bytes.Length;

    public (int Line, int Column) At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        lineIndex = Math.Max(lineIndex, 0);
        var column = 1;
        for (var i = _lineStarts[lineIndex]; i < offset && i < _bytes.Length; i++)
        {
            if ((_bytes[i] & 0xC0) != 0x80) column++;
        }
        return (lineIndex + 1, column);
    }
}
