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

    /// <param name="package">The package, read from its start; left open.</param>
    /// <remarks>Each part is copied straight from the package into the new archive, one at a time, and the new archive
    /// starts small: a large review's document.xml is tens of megabytes uncompressed and a few once deflated, and
    /// every whole copy of it, or a buffer of the package's size, was that much more of the build's peak memory.</remarks>
    public static byte[] Normalize(Stream package, DateTimeOffset date)
    {
        var stamp = date < Earliest ? Earliest : new DateTimeOffset(date.UtcDateTime.Date, TimeSpan.Zero);
        package.Position = 0;
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new MemoryStream((int)Math.Clamp(package.Length / 8, 4096, int.MaxValue / 2));
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in input.Entries.OrderBy(e => e.FullName == ContentTypes ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(part.FullName, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var from = part.Open();
                using var to = entry.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// Where the package is put together before <see cref="Normalize"/> rewrites it: a temporary file, deleted when
    /// closed, rather than a buffer in memory. A large review's package is over a hundred megabytes before it is
    /// deflated, and a growing buffer of that size, with the smaller ones it leaves behind, was the build's peak.
    /// </summary>
    public static Stream PackageBuffer() =>
        new FileStream(Path.Combine(Path.GetTempPath(), $"reportgen-{Guid.NewGuid():N}.docx.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16, FileOptions.DeleteOnClose);
}
