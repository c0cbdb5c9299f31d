using System.IO.Compression;
using System.Text;
using ReportGen.Rendering.Pdf.Writer;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// <see cref="PdfFile"/> deflates every stream through one buffer it keeps: a long stream followed by shorter ones must
/// leave nothing of the earlier stream in the later ones, and each stream's /Length must be its own.
/// </summary>
public class PdfFileStreamTests
{
    [Fact]
    public void Streams_deflated_through_one_buffer_each_inflate_to_their_own_data()
    {
        var data = new[]
        {
            Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4000).Select(i => $"{i} {i * 7 % 13} l S\n"))),
            Encoding.ASCII.GetBytes("BT\n/F1 12 Tf\n[<0041>] TJ\nET\n"),
            [],
            Encoding.ASCII.GetBytes("q 1 0 0 1 0 0 cm Q\n"),
        };
        using var file = new PdfFile();
        var numbers = data.Select(d =>
        {
            var number = file.Reserve();
            file.Stream(number, d);
            return number;
        }).ToArray();
        var pdf = file.Finish(numbers[0], numbers[1]).ToArray();

        for (var i = 0; i < data.Length; i++)
            Assert.Equal(data[i], Inflate(StreamOf(pdf, numbers[i])));
    }

    /// <summary>The bytes between "stream\n" and "\nendstream" of object <paramref name="number"/>, checked against its /Length.</summary>
    private static byte[] StreamOf(byte[] pdf, int number)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.IndexOf($"\n{number} 0 obj\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"object {number} not found");
        var lengthAt = text.IndexOf("/Length ", start, StringComparison.Ordinal) + "/Length ".Length;
        var length = int.Parse(text[lengthAt..text.IndexOf('>', lengthAt)], System.Globalization.CultureInfo.InvariantCulture);
        var dataAt = text.IndexOf(">> stream\n", start, StringComparison.Ordinal) + ">> stream\n".Length;
        Assert.Equal("\nendstream", text.Substring(dataAt + length, "\nendstream".Length));
        return pdf.AsSpan(dataAt, length).ToArray();
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var input = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
