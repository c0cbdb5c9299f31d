using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Tests.Rendering.Pdf;

internal static class PdfTestFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Pdf");

    public static PdfOptions Options => new()
    {
        BaseDirectory = Folder,
        Metadata = new PdfMetadata
        {
            Title = "Mass media campaigns",
            Author = "A. Reviewer",
            Subject = "Scoping review",
            Keywords = "scoping review; campaigns",
            Language = "en-GB",
            Date = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero),
        },
    };

    public static MarkdownDocument Sample() => MarkdownDocumentParser.Parse(File.ReadAllText(Path.Combine(Folder, "sample.md")));

    public static byte[] WriteSample(PdfOptions? options = null) => Write(Sample(), options ?? Options, out _);

    public static byte[] Write(MarkdownDocument document, PdfOptions options, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, options, diagnostics, "sample.md");
        return stream.ToArray();
    }
}
