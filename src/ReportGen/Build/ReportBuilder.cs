using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Text;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Latex;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering;
using ReportGen.Templating;
using ReportGen.Templating.Claims;
using ReportGen.Templating.Functions;

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
    public const string ClaimsFileName = "claims.json";
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
        var templates = new TemplateEngine(options.TemplatesDirectory, options.TemplatesDirectory, TemplateLimits.Default);

        progress.Started(FigureFileName);
        var figure = DrawFlowDiagram(review, options, diagnostics);
        progress.Finished(FigureFileName);
        progress.Started(TemplatesStep);
        var documents = RenderDocuments(review, aggregates, templates, options, diagnostics);
        progress.Finished(TemplatesStep);
        if (figure is null || documents is null || diagnostics.HasErrors) return Failed(outputs);

        outputs.Add(FigureFileName, figure.Svg);
        WriteFormats(documents, figure, review, options, outputs, diagnostics, progress);
        if (diagnostics.HasErrors) return Failed(outputs);
        outputs.Add(ClaimsFileName, ClaimsJson.Write(documents));

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
    internal static FlowDiagram? DrawFlowDiagram(Review review, BuildOptions options, DiagnosticBag diagnostics)
    {
        var boxTexts = PrismaBoxTexts.Render(Path.Combine(options.TemplatesDirectory, PrismaTemplate), review.Flow, diagnostics);
        return boxTexts is null ? null : FlowDiagram.Lay(review, boxTexts, diagnostics);
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

        var style = ReferenceStyle.For(CitationStyles.Of(review.Info), review.Resources);
        var globals = TemplateModel.Create(review, aggregates, style);
        var subjects = new ClaimSubjects(review, aggregates, globals["flow"]);
        var rendered = new List<(string File, string Markdown, ClaimRecorder Claims)>();
        var states = new List<DocumentState>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var state = new DocumentState();
            states.Add(state);
            var claims = new ClaimRecorder(Path.GetFileNameWithoutExtension(file), subjects, options.TemplatesDirectory);
            var markdown = templates.Render(Path.Combine(DocumentsFolder, Path.GetFileName(file)), globals, diagnostics, claims, state);
            if (markdown is not null) rendered.Add((file, markdown, claims));
        }
        // Numbered citations are numbered across every document at once, in reading order. Only the citation markers
        // change, so a claim keeps its place when it comes before every citation; later ones move with the numbers.
        var finished = style.Finish(rendered.Select(r => r.Markdown).ToList());
        var documents = new List<ReportDocument>();
        for (var i = 0; i < rendered.Count; i++)
        {
            var (file, _, claims) = rendered[i];
            var templatePath = Path.Combine(folder, Path.GetFileName(file)).Replace('\\', '/');
            if (DocumentReader.Read(Path.GetFileNameWithoutExtension(file), finished[i], templatePath, diagnostics) is { } document)
            {
                document.Claims = claims.Recorded;
                document.Markdown = finished[i];
                documents.Add(document);
            }
        }
        // A run that stopped part-way has not reached every use, so what it left unused says nothing.
        if (documents.Count == files.Length) AbbreviationReport.Report(review, aggregates.TableGlossary, states, diagnostics);
        return documents;
    }

    private static void WriteFormats(
        List<ReportDocument> documents, FlowDiagram figure, Review review, BuildOptions options, OutputSet outputs, DiagnosticBag diagnostics,
        IBuildProgress progress)
    {
        var preamblePath = Path.Combine(options.TemplatesDirectory, LatexPreambleTemplate);
        if (!File.Exists(preamblePath))
        {
            diagnostics.Error(preamblePath.Replace('\\', '/'), 0, 0, TemplateCodes.MissingTemplate,
                "the LaTeX preamble template is missing.", "Restore latex-preamble.sbn from the shipped templates folder.");
            return;
        }
        // The figure is handed to the writers in memory, by the file name the Markdown gives it: its layout for the PDF and
        // DOCX, which draw it directly, and its SVG for the HTML preview.
        var pdfOptions = PdfOptionsFor(review.Info) with
        {
            Images = new Dictionary<string, string> { [FigureFileName] = figure.Svg },
            Figures = new Dictionary<string, PrismaFigure> { [FigureFileName] = figure.Layout },
        };
        if (TemplateFile.Read(preamblePath, options.TemplatesDirectory, preamblePath.Replace('\\', '/'), diagnostics) is not { } preamble)
            return;
        var referencePath = Path.Combine(options.TemplatesDirectory, ReferenceDocument.FileName);
        var reference = File.Exists(referencePath) ? ReferenceDocument.Load(referencePath, diagnostics) : null;
        if (diagnostics.HasErrors) return;
        var settings = new WriterSettings(review.Info.Values, preamble, preamblePath, pdfOptions)
        {
            Layout = DocumentLayouts.Of(review.Info),
            WordReference = reference,
        };

        var figurePdfName = Path.ChangeExtension(FigureFileName, ".pdf");
        progress.Started(figurePdfName);
        using (var figurePdf = new MemoryStream())
        {
            if (PdfWriter.WriteFigure(figure.Layout, FigureFileName, figurePdf, pdfOptions, diagnostics))
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
        FontFile = TextFonts.FromEnvironment(),
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
