using System.Globalization;

namespace ReportGen.Rendering.Pdf.Writer;

/// <summary>The document information dictionary: the metadata as text strings, and the fixed date when there is one.</summary>
internal static class PdfInformation
{
    public static void Write(PdfBytes output, PdfMetadata metadata)
    {
        output.Ascii("<<");
        Entry(output, "Title", metadata.Title);
        Entry(output, "Author", metadata.Author);
        Entry(output, "Subject", metadata.Subject);
        Entry(output, "Keywords", metadata.Keywords);
        Entry(output, "Creator", "ReportGen");
        Entry(output, "Producer", "ReportGen");
        if (metadata.Date is { } date)
        {
            // The PDF date form, in UTC as Skia wrote it: D:YYYYMMDDHHmmSS+00'00'.
            var utc = date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            output.Ascii("\n/CreationDate (D:").Ascii(utc).Ascii("+00'00')");
            output.Ascii("\n/ModDate (D:").Ascii(utc).Ascii("+00'00')");
        }
        output.Ascii(">>");
    }

    private static void Entry(PdfBytes output, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        output.Ascii("\n/").Ascii(key).Byte((byte)' ');
        if (value.All(c => c is >= ' ' and <= '~' and not '(' and not ')' and not '\\')) output.Byte((byte)'(').Ascii(value).Byte((byte)')');
        else output.TextString(value);
    }
}
