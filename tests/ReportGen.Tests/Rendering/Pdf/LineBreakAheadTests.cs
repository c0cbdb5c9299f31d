using System.Globalization;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Markdown;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>
/// Breaking paragraphs ahead of the page loop on every core, and cutting a long table's cells on every core, must
/// change nothing: the same lines in the same places, the same warnings in the same order, the same bytes.
/// </summary>
public class LineBreakAheadTests
{
    /// <summary>Enough paragraphs and rows to take the parallel paths, with words to hyphenate and a word longer than its column.</summary>
    private static string LongDocument()
    {
        var text = new StringBuilder("# Results\n\n");
        for (var i = 0; i < 80; i++)
            text.Append(CultureInfo.InvariantCulture,
                $"Paragraph {i}: dissemination strategies of clinical practice guidelines were characterised by multidisciplinary " +
                $"stakeholders, and {i * 7} campaigns reported interventions (n = {i}) with considerable heterogeneity.\n\n");
        text.Append("| Author | Setting | Note |\n|---|---|---|\n");
        for (var i = 0; i < 300; i++)
            text.Append(CultureInfo.InvariantCulture,
                $"| Author{i} et al. ({2000 + i % 25}) | {(i % 3 == 0 ? "Pneumonoultramicroscopicsilicovolcanoconiosis" : "CA")} | internationalisation of evaluation {i} |\n");
        return text.ToString();
    }

    private static (List<RecordingCanvas.Page> Pages, List<string> Diagnostics) LayOut(bool ahead)
    {
        var diagnostics = new DiagnosticBag();
        var options = PdfTestFiles.Options;
        var document = DocumentReader.FromTree("long.md", MarkdownDocumentParser.Parse(LongDocument()), diagnostics);
        using var shaper = PdfWriter.CreateShaper(options, DocumentCharacters.Of(document.Tree, options), diagnostics, "long.md");
        Assert.NotNull(shaper);
        var sections = new PdfDocumentBuilder(shaper, options, _ => (null, "no pictures"), diagnostics, "long.md").Build(document);
        if (ahead) LineBreakAhead.Run(sections, options.Margins);
        var canvas = new RecordingCanvas();
        PageLoop.Run(sections, canvas, options.Margins, (_, _, _) => { }, diagnostics, "long.md");
        return (canvas.Pages, diagnostics.Items.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void BreakingAhead_SetsTheSameLinesInTheSamePlaces_AndWarnsInTheSameOrder()
    {
        var (onePage, oneWarnings) = LayOut(ahead: false);
        var (aheadPages, aheadWarnings) = LayOut(ahead: true);

        Assert.True(onePage.Count > 10, $"only {onePage.Count} pages: the document is too short to test the parallel paths");
        Assert.Equal(oneWarnings, aheadWarnings);
        Assert.Equal(onePage.Count, aheadPages.Count);
        foreach (var (one, ahead) in onePage.Zip(aheadPages))
            Assert.Equal(one.Texts, ahead.Texts);
    }

    [Fact]
    public void LongDocument_SameBytesEveryTime()
    {
        byte[] Write()
        {
            var pdf = PdfTestFiles.Write(MarkdownDocumentParser.Parse(LongDocument()), PdfTestFiles.Options, out var diagnostics);
            Assert.False(diagnostics.HasErrors);
            return pdf;
        }
        var first = Write();
        Assert.Equal(first, Write());
        Assert.Equal(first, Write());
    }
}
