using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;
using ReportGen.Tests.Build;
using ReportGen.Tests.Rendering.Pdf;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Document;

public class DocumentReaderTests
{
    private const string TableWithWrongWidths =
        "::: {#tbl-x .table .landscape widths=\"1,2\"}\nTable 1. X\n\n| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n\nNote: n.\n:::\n";

    private static WriterSettings Settings(PdfOptions? pdf = null) => new(
        new Dictionary<string, string> { ["title"] = "T", ["language"] = "en" },
        File.ReadAllText(Path.Combine(RepoPaths.Templates, "latex-preamble.sbn")), "templates/latex-preamble.sbn",
        pdf ?? PdfTestFiles.Options);

    [Fact]
    public void Read_TableContainer_ReadsCaptionNotesIdOrientationAndWidthsOnce()
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read("doc", "::: {#tbl-y .table .landscape widths=\"1,3\"}\nTable 2. Y\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAbbreviations: a.\n:::\n", "templates/documents/doc.sbn", diagnostics);

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        var container = Assert.Single(document.Tree.Descendants<CustomContainer>());
        var table = document.TableOf(container);
        Assert.NotNull(table);
        Assert.Equal("tbl-y", table.Id);
        Assert.True(table.Landscape);
        Assert.Equal([0.25, 0.75], table.Widths);
        Assert.Equal("Table 2. Y", table.Caption!.Inline!.FirstChild!.ToString());
        Assert.Single(table.Notes);
        Assert.Equal("doc.md", document.SourceName);
    }

    /// <summary>Each writer once read the container by its own rules: one bad value gave four warnings under two codes.</summary>
    [Fact]
    public void EveryWriter_BadWidths_OneWarningUnderOneCode()
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read("doc", TableWithWrongWidths, "templates/documents/doc.sbn", diagnostics);
        Assert.NotNull(document);

        foreach (var writer in DocumentWriters.All(Settings()))
            Assert.NotNull(writer.Write(document, diagnostics));

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DocumentReader.InvalidColumnWidthsCode, warning.Code);
        Assert.Equal(("doc.md", 1, 1), (warning.File, warning.Line, warning.Column));
        Assert.Contains("gives 2 widths but the table has 3 columns", warning.Message);
    }

    [Fact]
    public void Read_TooDeeplyNested_IsAnErrorAtTheTemplate()
    {
        var diagnostics = new DiagnosticBag();
        var markdown = new string('>', MarkdownDocumentParser.MaxNestingDepth + 5) + " deep\n";

        Assert.Null(DocumentReader.Read("doc", markdown, "templates/documents/doc.sbn", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((MarkdownDocumentParser.TooDeepCode, "templates/documents/doc.sbn"), (error.Code, error.File));
    }

    [Fact]
    public void Registry_WritesEveryFormatWithItsOwnExtension()
    {
        Assert.Equal(["md", "tex", "pdf"], DocumentWriters.All(Settings()).Select(w => w.Extension).Take(3));
        Assert.Equal(DocumentWriters.All(Settings()).Count, DocumentWriters.All(Settings()).Select(w => w.Extension).Distinct().Count());
    }

    /// <summary>The figure reaches the PDF writer in memory; nothing is looked for on disk.</summary>
    [Fact]
    public void PdfWriter_DrawsAFigureHeldInMemory()
    {
        var svg = File.ReadAllText(Path.Combine(PdfTestFiles.Folder, "figure.svg"));
        var options = PdfTestFiles.Options with
        {
            BaseDirectory = Path.Combine(Path.GetTempPath(), "reportgen-no-such-folder-" + Guid.NewGuid()),
            Images = new Dictionary<string, string> { ["drawn.svg"] = svg },
        };
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read("doc", "^^^\n![Flow](drawn.svg)\n^^^ Figure 1. Flow\n", "doc.sbn", diagnostics)!;

        var pdf = new PdfWriter(Settings(options)).Write(document, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(pdf);
        using var read = PdfDocument.Open(pdf);
        Assert.Contains("Records excluded", read.GetPage(1).Text);
    }
}
