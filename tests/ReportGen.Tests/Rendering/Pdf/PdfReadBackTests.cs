using System.Diagnostics;
using ReportGen.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>Real PDFs from the sample document, read back with PdfPig and poppler.</summary>
public class PdfReadBackTests
{
    private static readonly Lazy<byte[]> SamplePdf = new(() => PdfTestFiles.WriteSample());

    [Fact]
    public void Write_Sample_HasNoDiagnostics()
    {
        PdfTestFiles.Write(PdfTestFiles.Sample(), PdfTestFiles.Options, out var diagnostics);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Write_Sample_DumpsForInspection()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTGEN_PDF_DUMP");
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "sample.pdf"), SamplePdf.Value);
        Assert.True(File.Exists(Path.Combine(folder, "sample.pdf")));
    }
}
