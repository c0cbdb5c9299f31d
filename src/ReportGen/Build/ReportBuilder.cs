using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Svg;
using ReportGen.Rendering;
using ReportGen.Templating;

namespace ReportGen.Build;

public sealed record BuildResult(string Summary, OutputSet Outputs);

/// <summary>
/// The one pipeline: read and validate the data, analyse it, fill the templates, parse the Markdown
/// once, and write each format from that tree. Nothing reaches the output folder unless every step succeeded.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Each <c>templates/documents/NAME.sbn</c> becomes NAME.md, NAME.tex and NAME.pdf.</summary>
    public const string DocumentsFolder = "documents";
    public const string PrismaTemplate = "prisma.sbn";
    public const string LatexPreambleTemplate = "latex-preamble.sbn";
    public const string FigureFileName = "prisma.svg";
    public const string MissingDocumentsCode = "RG205";

    /// <summary>PDF dates come from the data, never the clock, so that the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset UndatedReview = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var outputs = new OutputSet();
        if (options.Command == BuildCommand.Build) OutputSet.RecoverInterruptedCommit(options.OutputDirectory);
        var review = ReviewLoader.Load(options.DataDirectory, diagnostics);
        if (review is null) return Failed(outputs);

        FlowChecks.Run(review.Flow, diagnostics, options.PrismaErrorsAsWarnings);
        var aggregates = ReviewAnalyzer.Analyze(review);
        var templates = new TemplateEngine(options.TemplatesDirectory, options.TemplatesDirectory, TemplateLimits.Default);

        var svg = DrawFlowDiagram(review, options, diagnostics);
        var documents = RenderDocuments(review, aggregates, templates, options, diagnostics);
        if (svg is null || documents is null || diagnostics.HasErrors) return Failed(outputs);

        outputs.Add(FigureFileName, svg);
        WriteFormats(documents, svg, review, options, outputs, diagnostics);
        if (diagnostics.HasErrors) return Failed(outputs);

        if (options.Command == BuildCommand.Build) outputs.CommitTo(options.OutputDirectory);
        return new BuildResult(Summary(review, aggregates, outputs, options), outputs);
    }

    // Internal rather than private so the benchmarks (bench/) can time each stage on its own.
    internal static string? DrawFlowDiagram(Review review, BuildOptions options, DiagnosticBag diagnostics)
    {
        var fonts = FontLocator.FindSerif();
        if (fonts is null)
        {
            diagnostics.Error(review.Flow.File, 0, 0, PdfWriter.NoFontCode,
                "no serif font was found to measure the flow diagram's text (looked in " +
                string.Join(", ", FontLocator.SearchFolders) + ")",
                "Install one (on Debian: apt-get install fonts-dejavu-core) or set REPORTGEN_FONT to a .ttf or .otf file.");
            return null;
        }
        var boxTexts = PrismaBoxTexts.Render(Path.Combine(options.TemplatesDirectory, PrismaTemplate), review.Flow, diagnostics);
        if (boxTexts is null) return null;
        using var measurer = new SkiaTextMeasurer(fonts);
        return PrismaSvgWriter.Write(PrismaLayout.Create(review.Flow, boxTexts, measurer));
    }

    /// <summary>Document name → its Markdown, from every template in the documents folder, in name order.</summary>
    internal static List<ReportDocument>? RenderDocuments(
        Review review, ReviewAggregates aggregates, TemplateEngine templates, BuildOptions options, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(options.TemplatesDirectory, DocumentsFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sbn") : [];
        if (files.Length == 0)
        {
            diagnostics.Error(folder.Replace('\\', '/'), 0, 0, MissingDocumentsCode,
                "the templates folder has no documents to build.",
                "Each file documents/NAME.sbn in the templates folder becomes NAME.md, NAME.tex and NAME.pdf; restore them from the shipped templates folder.");
            return null;
        }

        var abbreviations = new AbbreviationTracker(review.Abbreviations);
        var globals = TemplateModel.Create(review, aggregates, abbreviations);
        var documents = new List<ReportDocument>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var markdown = templates.Render(Path.Combine(DocumentsFolder, Path.GetFileName(file)), globals, diagnostics);
            if (markdown is null) continue;
            var templatePath = Path.Combine(folder, Path.GetFileName(file)).Replace('\\', '/');
            if (DocumentReader.Read(Path.GetFileNameWithoutExtension(file), markdown, templatePath, diagnostics) is { } document)
                documents.Add(document);
        }
        AbbreviationReport.Report(review, abbreviations, diagnostics);
        return documents;
    }

    private static void WriteFormats(
        List<ReportDocument> documents, string svg, Review review, BuildOptions options, OutputSet outputs, DiagnosticBag diagnostics)
    {
        var preamblePath = Path.Combine(options.TemplatesDirectory, LatexPreambleTemplate);
        if (!File.Exists(preamblePath))
        {
            diagnostics.Error(preamblePath.Replace('\\', '/'), 0, 0, TemplateEngine.MissingTemplate,
                "the LaTeX preamble template is missing.", "Restore latex-preamble.sbn from the shipped templates folder.");
            return;
        }
        // The figure is handed to the PDF writer in memory, by the file name the Markdown gives it.
        var pdfOptions = PdfOptionsFor(review.Info) with { Images = new Dictionary<string, string> { [FigureFileName] = svg } };
        var settings = new WriterSettings(review.Info.Values, File.ReadAllText(preamblePath), preamblePath, pdfOptions);

        using (var figurePdf = new MemoryStream())
        {
            if (PdfWriter.WriteSvg(svg, FigureFileName, figurePdf, pdfOptions, diagnostics))
                outputs.Add(Path.ChangeExtension(FigureFileName, ".pdf"), figurePdf.ToArray());
        }

        // Documents are written side by side: each has its own writers and diagnostics, merged afterwards in
        // document order so the result does not depend on which finished first. A large review's manuscript and
        // Table 2 are thousands of PDF pages each, and this is most of a build's time.
        var written = Task.WhenAll(documents.Select(document => Task.Run(() => WriteDocument(document, settings))))
            .GetAwaiter().GetResult();
        foreach (var (files, documentDiagnostics) in written)
        {
            foreach (var (name, content) in files.Files) outputs.Add(name, content);
            foreach (var diagnostic in documentDiagnostics.Items) diagnostics.Add(diagnostic);
        }
    }

    private static (OutputSet Files, DiagnosticBag Diagnostics) WriteDocument(ReportDocument document, WriterSettings settings)
    {
        var files = new OutputSet();
        var diagnostics = new DiagnosticBag();
        foreach (var writer in DocumentWriters.All(settings))
            if (writer.Write(document, diagnostics) is { } content)
                files.Add($"{document.Name}.{writer.Extension}", content);
        return (files, diagnostics);
    }

    internal static PdfOptions PdfOptionsFor(ReviewInfo info) => new()
    {
        // review.csv's layout: "submission" is 12 pt, double-spaced and line-numbered, as journals ask for review.
        Layout = IsSubmission(info) ? PageLayout.Submission : PageLayout.Draft,
        BodyFontSize = IsSubmission(info) ? 12 : new PdfOptions().BodyFontSize,
        FontFile = Environment.GetEnvironmentVariable("REPORTGEN_FONT") is { Length: > 0 } font ? font : null,
        Metadata = new PdfMetadata
        {
            Title = info.Get("title"),
            Author = info.Get("authors"),
            Subject = info.Get("subject"),
            Keywords = info.Get("keywords"),
            Language = info.Get("language", "en"),
            Date = DateTimeOffset.TryParse(info.Get("date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date : UndatedReview,
        },
    };

    private static bool IsSubmission(ReviewInfo info) =>
        string.Equals(info.Get("layout", "draft").Trim(), "submission", StringComparison.OrdinalIgnoreCase);

    private static BuildResult Failed(OutputSet outputs) => new("", outputs);

    private static string Summary(Review review, ReviewAggregates aggregates, OutputSet outputs, BuildOptions options)
    {
        var verb = options.Command == BuildCommand.Build ? $"wrote {outputs.Files.Count} files to {options.OutputDirectory}" : "checked; nothing written";
        return $"{review.Resources.Count} resources, {aggregates.CampaignCount} campaigns: {verb}.";
    }
}
