using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Rendering.Docx;
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
    /// <summary>Each <c>templates/documents/NAME.sbn</c> becomes NAME.md, NAME.tex, NAME.pdf and NAME.docx.</summary>
    public const string DocumentsFolder = "documents";
    public const string PrismaTemplate = "prisma.sbn";
    public const string LatexPreambleTemplate = "latex-preamble.sbn";
    public const string FigureFileName = "prisma.svg";
    internal const string WriterTimeoutCode = "RG226";
    public const string LockedCode = "RG751";
    public const string ReadingStep = "reading data";
    public const string TemplatesStep = "templates";

    /// <summary>PDF dates come from the data, never the clock, so that the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset UndatedReview = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress? progress = null)
    {
        progress ??= NoBuildProgress.Instance;
        var outputs = new OutputSet();
        using var outputLock = options.Command == BuildCommand.Build ? OutputLock.TryTake(options.OutputDirectory) : null;
        if (options.Command == BuildCommand.Build)
        {
            if (outputLock is null)
            {
                diagnostics.Error(options.OutputDirectory.TrimEnd('/', '\\'), 0, 0, LockedCode,
                    $"another ReportGen build is writing to {options.OutputDirectory.TrimEnd('/', '\\')}/ right now (it holds {OutputLock.PathFor(options.OutputDirectory)}).",
                    "Wait for that build to finish, then build again; or give this one another --out.");
                return Failed(outputs);
            }
            OutputSet.RecoverInterruptedCommit(options.OutputDirectory);
            if (!OutputSet.MayReplace(options.OutputDirectory, options.OutputDirectory, diagnostics)) return Failed(outputs);
        }
        progress.Started(ReadingStep);
        var review = ReviewLoader.Load(options.DataDirectory, diagnostics);
        progress.Finished(ReadingStep);
        if (review is null) return Failed(outputs);

        FlowChecks.Run(review.Flow, diagnostics, options.PrismaErrorsAsWarnings);
        var aggregates = ReviewAnalyzer.Analyze(review);
        // One runner for every template of this build, with limits that grow with the data (Templating/TemplateLimits).
        var runner = new TemplateRunner(TemplateLimits.For(review.Size));
        var templates = new TemplateEngine(options.TemplatesDirectory, options.TemplatesDirectory, runner);

        progress.Started(FigureFileName);
        var svg = DrawFlowDiagram(review, options, runner, diagnostics);
        progress.Finished(FigureFileName);
        progress.Started(TemplatesStep);
        var documents = RenderDocuments(review, aggregates, templates, options, diagnostics);
        progress.Finished(TemplatesStep);
        if (svg is null || documents is null || diagnostics.HasErrors) return Failed(outputs);

        outputs.Add(FigureFileName, svg);
        WriteFormats(documents, svg, review, options, runner, outputs, diagnostics, progress);
        if (diagnostics.HasErrors) return Failed(outputs);

        var changed = 0;
        if (options.Command == BuildCommand.Build)
        {
            // Checked again: the user may have put files into the folder while the build ran.
            if (!OutputSet.MayReplace(options.OutputDirectory, options.OutputDirectory, diagnostics)) return Failed(outputs);
            // Compared before the swap: afterwards the previous outputs are gone.
            changed = outputs.CountChangesFrom(options.OutputDirectory);
            outputs.CommitTo(options.OutputDirectory);
        }
        return new BuildResult(Summary(review, aggregates, outputs, options, changed), outputs);
    }

    // Internal rather than private so the benchmarks (bench/) can time each stage on its own.
    internal static string? DrawFlowDiagram(Review review, BuildOptions options, TemplateRunner runner, DiagnosticBag diagnostics)
    {
        var fonts = FontLocator.FindSerif();
        if (fonts is null)
        {
            diagnostics.Error(review.Flow.File, 0, 0, PdfCodes.NoFont,
                "no serif font was found to measure the flow diagram's text (looked in " +
                string.Join(", ", FontLocator.SearchFolders) + ")",
                "Install one (on Debian: apt-get install fonts-dejavu-core) or set REPORTGEN_FONT to a .ttf or .otf file.");
            return null;
        }
        var boxTexts = PrismaBoxTexts.Render(Path.Combine(options.TemplatesDirectory, PrismaTemplate), review.Flow, diagnostics, runner);
        if (boxTexts is null) return null;
        using var measurer = new SkiaTextMeasurer(fonts);
        // Laid out for the page's text width, so that no writer has to scale it down below its font size.
        var page = PdfOptionsFor(review.Info);
        var layout = new PrismaLayoutOptions().FittedTo(page.Margins.Body(page.PageSize).Width, PrismaBoxes.Of(review.Flow));
        return PrismaSvgWriter.Write(PrismaLayout.Create(review.Flow, boxTexts, measurer, layout));
    }

    /// <summary>Document name → its Markdown, from every template in the documents folder, in name order.</summary>
    internal static List<ReportDocument>? RenderDocuments(
        Review review, ReviewAggregates aggregates, TemplateEngine templates, BuildOptions options, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(options.TemplatesDirectory, DocumentsFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sbn") : [];
        if (files.Length == 0)
        {
            diagnostics.Error(folder.Replace('\\', '/'), 0, 0, TemplateCodes.MissingDocuments,
                "the templates folder has no documents to build.",
                "Each file documents/NAME.sbn in the templates folder becomes NAME.md, NAME.tex, NAME.pdf and NAME.docx; restore them from the shipped templates folder.");
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
        List<ReportDocument> documents, string svg, Review review, BuildOptions options, TemplateRunner runner, OutputSet outputs, DiagnosticBag diagnostics,
        IBuildProgress progress)
    {
        var preamblePath = Path.Combine(options.TemplatesDirectory, LatexPreambleTemplate);
        if (!File.Exists(preamblePath))
        {
            diagnostics.Error(preamblePath.Replace('\\', '/'), 0, 0, TemplateCodes.MissingTemplate,
                "the LaTeX preamble template is missing.", "Restore latex-preamble.sbn from the shipped templates folder.");
            return;
        }
        // The figure is handed to the PDF writer in memory, by the file name the Markdown gives it.
        var pdfOptions = PdfOptionsFor(review.Info) with { Images = new Dictionary<string, string> { [FigureFileName] = svg } };
        if (TemplateFile.Read(preamblePath, options.TemplatesDirectory, preamblePath.Replace('\\', '/'), diagnostics) is not { } preamble)
            return;
        var referencePath = Path.Combine(options.TemplatesDirectory, ReferenceDocument.FileName);
        var reference = File.Exists(referencePath) ? ReferenceDocument.Load(referencePath, diagnostics) : null;
        if (diagnostics.HasErrors) return;
        var settings = new WriterSettings(review.Info.Values, preamble, preamblePath, pdfOptions)
        {
            Layout = DocumentLayouts.Of(review.Info),
            WordReference = reference,
            Templates = runner,
        };

        var figurePdfName = Path.ChangeExtension(FigureFileName, ".pdf");
        progress.Started(figurePdfName);
        using (var figurePdf = new MemoryStream())
        {
            if (PdfWriter.WriteSvg(svg, FigureFileName, figurePdf, pdfOptions, diagnostics))
                outputs.Add(figurePdfName, figurePdf.ToArray());
        }
        progress.Finished(figurePdfName);

        // Documents are written side by side: each has its own writers and diagnostics, merged afterwards in
        // document order so the result does not depend on which finished first. A large review's manuscript and
        // Table 2 are thousands of PDF pages each, and this is most of a build's time.
        var writing = documents.Select(document => Task.Run(() => WriteDocument(document, settings, progress))).ToList();
        // The caps on paragraphs and words (Document/TextRunLimits) bound each writer's work; this bounds the time
        // whatever else goes wrong, so a build always ends. A writer past it is abandoned (its output is never used).
        if (!Task.WaitAll([.. writing], options.WriterTime))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                if (writing[i].IsCompleted) continue;
                diagnostics.Error($"{documents[i].Name}.md", 0, 0, WriterTimeoutCode,
                    $"writing {documents[i].Name} in every format took longer than {options.WriterTime.TotalSeconds:0} seconds and was stopped.",
                    "Split the document into several templates in templates/documents/, or report the input that caused this.");
            }
            return;
        }
        var origins = new CharacterOrigins(options.DataDirectory, options.TemplatesDirectory);
        foreach (var (files, documentDiagnostics) in writing.Select(w => w.Result))
        {
            foreach (var (name, content) in files.Files) outputs.Add(name, content);
            foreach (var diagnostic in documentDiagnostics.Items) diagnostics.Add(origins.Relocate(diagnostic));
        }
    }

    private static (OutputSet Files, DiagnosticBag Diagnostics) WriteDocument(
        ReportDocument document, WriterSettings settings, IBuildProgress progress)
    {
        var files = new OutputSet();
        var diagnostics = new DiagnosticBag();
        var pdfName = $"{document.Name}.pdf";
        settings = settings with { Pdf = settings.Pdf with { PageDrawn = pages => progress.Pages(pdfName, pages) } };
        foreach (var writer in DocumentWriters.All(settings))
        {
            var name = $"{document.Name}.{writer.Extension}";
            progress.Started(name);
            if (writer.Write(document, diagnostics) is { } content) files.Add(name, content);
            progress.Finished(name);
        }
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

    private static string Summary(Review review, ReviewAggregates aggregates, OutputSet outputs, BuildOptions options, int changed)
    {
        var folder = options.OutputDirectory.EndsWith('/') || options.OutputDirectory.EndsWith('\\')
            ? options.OutputDirectory : options.OutputDirectory + "/";
        var verb = options.Command == BuildCommand.Build
            ? $"wrote {outputs.Files.Count} files to {folder} ({(changed == 0 ? "none" : changed.ToString(CultureInfo.InvariantCulture))} changed)"
            : "checked; nothing written.";
        return $"{review.Resources.Count} resources, {aggregates.CampaignCount} campaigns: {verb}";
    }
}
