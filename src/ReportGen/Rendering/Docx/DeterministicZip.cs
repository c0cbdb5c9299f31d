using System.IO.Compression;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Rewrites a package so that the same parts always give the same bytes: the packaging library stamps every zip
/// entry with the clock, so each entry is given the review's date, and the entries a fixed order
/// (<c>[Content_Types].xml</c> first, as Office writes it, then by name).
/// </summary>
internal static class DeterministicZip
{
    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>Zip times start in 1980; an earlier date is written as the first day the format can hold.</summary>
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="package">The package's bytes, in the first <paramref name="length"/> bytes of the array.</param>
    /// <remarks>Each part is read into an array of its own size, without the copies a growing buffer makes: a large
    /// review's document.xml is tens of megabytes, and every copy of it was a collection of the large-object heap.</remarks>
    public static byte[] Normalize(byte[] package, int length, DateTimeOffset date)
    {
        var stamp = date < Earliest ? Earliest : new DateTimeOffset(date.UtcDateTime.Date, TimeSpan.Zero);
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package, 0, length, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                var data = new byte[entry.Length];
                stream.ReadExactly(data);
                entries.Add((entry.FullName, data));
            }
        }

        using var output = new MemoryStream(length);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries.OrderBy(e => e.Name == ContentTypes ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }
        return output.ToArray();
    }
}
