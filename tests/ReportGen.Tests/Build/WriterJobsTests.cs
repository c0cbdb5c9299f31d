using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Tests.Build;

/// <summary>
/// The writers of every document run as one job each, the larger document first and, within it, the Word and PDF files
/// (#20: a cold build waited for the manuscript's chain of writers while the other core sat idle).
/// </summary>
public sealed class WriterJobsTests
{
    private static ReportDocument Document(string name, int paragraphs)
    {
        var markdown = string.Concat(Enumerable.Repeat("A paragraph of the document.\n\n", paragraphs));
        var document = DocumentReader.Read(name, markdown, $"{name}.sbn", new DiagnosticBag()) ?? throw new InvalidOperationException(name);
        document.Markdown = markdown;
        return document;
    }

    [Fact]
    public void The_larger_document_starts_first_its_Word_and_PDF_files_before_its_other_formats()
    {
        var settings = new WriterSettings(new Dictionary<string, string>(), "", "latex-preamble.sbn", new PdfOptions());
        var formats = DocumentWriters.All(settings).Select(w => w.Extension).ToHashSet();
        var jobs = WriterJobs.For([Document("small", 1), Document("large", 40)], settings, formats, NoBuildProgress.Instance);

        Assert.Equal(
            ["large.pdf", "large.docx", "large.md", "large.tex", "large.html", "small.pdf", "small.docx", "small.md", "small.tex", "small.html"],
            jobs.Order());
    }
}
