using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating;
using ReportGen.Tests.Data;
using ReportGen.Tests.Rendering.Pdf;

namespace ReportGen.Tests.Diagnostics;

/// <summary>Codes that no other test triggered: each is brought about by real input and asserted by its code.</summary>
public sealed class NewCodeTests
{
    [Fact]
    public void A_later_field_of_a_shared_column_that_names_its_own_header_is_warned_about()
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace("data/fields.csv", "duration,Duration,text,,no,6,,,", "duration,Duration,text,,no,6,Length,,");

        var diagnostics = folder.Load().Diagnostics;

        Assert.Contains(diagnostics, d => d.StartsWith("data/fields.csv:8:1: warning " + DataCodes.SharedTableHeader +
            ": field 'duration' shares Table 2's column 6 with 'duration_type', whose header 'Duration' is used", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_links_outside_its_folder_is_not_read()
    {
        var root = Directory.CreateTempSubdirectory("reportgen-rg223-").FullName;
        try
        {
            var templates = Directory.CreateDirectory(Path.Combine(root, "templates")).FullName;
            var outside = Path.Combine(root, "secret.sbn");
            File.WriteAllText(outside, "\\begin{document}\n");
            var link = Path.Combine(templates, "latex-preamble.sbn");
            File.CreateSymbolicLink(link, outside);
            var diagnostics = new DiagnosticBag();

            var text = TemplateFile.Read(link, templates, "templates/latex-preamble.sbn", diagnostics);

            Assert.Null(text);
            var problem = Assert.Single(diagnostics.Items);
            Assert.Equal(TemplateFile.Unreadable, problem.Code);
            Assert.Equal("the template is a link to a file outside the templates folder, which is not read.", problem.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_language_without_hyphenation_patterns_is_warned_about()
    {
        var options = PdfTestFiles.Options with { Metadata = PdfTestFiles.Options.Metadata with { Language = "de" } };

        PdfTestFiles.Write(MarkdownDocumentParser.Parse("# Titel\n\nEin kurzer Absatz.\n"), options, out var diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == PdfCodes.NoHyphenationPatterns && d.Message.Contains("'de'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_whose_image_is_missing_or_not_SVG_is_reported_by_the_Word_writer()
    {
        var diagnostics = new DiagnosticBag();
        var markdown = "# Title\n\n^^^\n![Flow](missing.svg){#fig-a}\n^^^ Figure 1. Missing\n\n^^^\n![Flow](flow.png){#fig-b}\n^^^ Figure 2. Not SVG\n";
        var document = DocumentReader.FromTree("test.md", MarkdownDocumentParser.Parse(markdown), diagnostics);
        var options = new DocxOptions { Page = new PdfOptions { BaseDirectory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) } };

        DocxWriter.Write(document, options, diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == DocxFigure.ImageMissingCode && d.Severity == Severity.Error && d.Message.Contains("'missing.svg'", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == DocxFigure.ImageNotSvgCode && d.Severity == Severity.Warning && d.Message.Contains("'flow.png'", StringComparison.Ordinal));
    }

    /// <summary>A build always ends: writers that run past their time are reported, and nothing is written.</summary>
    [Fact]
    public void Writers_past_their_time_are_reported_for_each_unfinished_document()
    {
        var diagnostics = new DiagnosticBag();
        var options = new ReportGen.Build.BuildOptions(ReportGen.Build.BuildCommand.Check, RepoPaths.Data,
            RepoPaths.Templates, "unused-out", PrismaErrorsAsWarnings: false) { WriterTime = TimeSpan.Zero, WriterTimePerCell = TimeSpan.Zero };

        ReportGen.Build.ReportBuilder.Run(options, diagnostics);

        var timedOut = diagnostics.Items.Where(d => d.Code == "RG226").ToList();
        Assert.NotEmpty(timedOut);
        Assert.All(timedOut, d => Assert.Matches(@"^writing (\w+ in every format|the figure as a PDF) took longer than 0 seconds and was stopped\.$", d.Message));
        Assert.All(timedOut.Where(d => d.Message.Contains("figure", StringComparison.Ordinal)), d => Assert.EndsWith("templates/prisma.sbn", d.File, StringComparison.Ordinal));
    }

    /// <summary>
    /// A tied group ("(Winter 2019)") wider than the narrow column a table's own widths give it is set overfull and
    /// reported, quoting the line.
    /// </summary>
    [Fact]
    public void A_tied_group_wider_than_its_column_is_an_overfull_line()
    {
        var markdown = "::: {#tbl-narrow .table widths=\"1,30\"}\nTable 1. Narrow\n\n| Season | Note |\n|---|---|\n| (Winter 2019) | wide |\n:::\n";
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read("narrow", markdown, "narrow.sbn", diagnostics)!;

        PdfWriter.Write(document, PdfTestFiles.Options, diagnostics);

        var overfull = Assert.Single(diagnostics.Items, d => d.Code == PdfCodes.OverfullLine);
        Assert.Equal("narrow.md", overfull.File);
        Assert.Contains("\"(Winter 2019)\"", overfull.Message);
    }
}
