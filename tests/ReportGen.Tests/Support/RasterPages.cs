using System.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>
/// A PDF's pages as poppler draws them (pdftoppm, grey, 60 dpi: the size at which the team compares pages by eye),
/// for tests that compare what two writers draw pixel by pixel.
/// </summary>
internal static class RasterPages
{
    public sealed record Page(int Width, int Height, byte[] Pixels);

    public static IReadOnlyList<Page> Of(byte[] pdf)
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "poppler-utils");
        var folder = Directory.CreateTempSubdirectory("reportgen-raster-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true };
            foreach (var argument in new[] { "-gray", "-r", "60", input, Path.Combine(folder.FullName, "page") }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "pdftoppm did not finish within a minute.");
            Assert.True(process.ExitCode == 0, $"pdftoppm failed: {errors}");
            return folder.GetFiles("page*.pgm").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Read(File.ReadAllBytes(f.FullName))).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A binary PGM (P5): four whitespace-separated header fields, then one byte per pixel.</summary>
    private static Page Read(byte[] pgm)
    {
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[position])) position++;
            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position])) position++;
            fields.Add(System.Text.Encoding.ASCII.GetString(pgm, start, position - start));
        }
        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        return new Page(width, height, pgm.AsSpan(position + 1, width * height).ToArray());
    }
}
