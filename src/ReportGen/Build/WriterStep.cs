using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Rendering;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Prisma;
using ReportGen.Rendering.Text;
using ReportGen.Templating;

namespace ReportGen.Build;

/// <summary>
/// Every format of every document, and the figure as PDF, into the build's outputs, the writers side by side
/// (<see cref="WriterJobs"/>). A large review's manuscript and Table 2 are thousands of PDF pages each, so each file
/// goes to the outputs as soon as it is written, and each document is let go once its last writer is done.
/// </summary>
internal static class WriterStep
{
    internal const string WriterTimeoutCode = "RG226";

    /// <summary>PDF dates come from the data, never the clock, so that the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset UndatedReview = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="documents">Taken, and emptied: each document's tree is released when its writers finish, rather
    /// than kept, with every other, until the last writer of the build ends.</param>
    public static void Write(
        List<ReportDocument> documents, FlowDiagram figure, Review review, BuildOptions options, TemplateRunner templates,
        OutputSet outputs, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        if (Settings(figure, review, options, templates, diagnostics) is not { } settings) return;

        var formats = DocumentWriters.All(settings).Where(w => options.Writes(w.Extension)).Select(w => w.Extension).ToHashSet();
        var figureWriting = options.Writes("pdf") ? Task.Run(() => WriteFigure(figure, settings, outputs, progress)) : null;
        var jobs = WriterJobs.For(documents, settings, formats, progress);
        documents.Clear();
        var writing = Task.Run(() => jobs.Run(outputs, progress));
        // The caps on paragraphs and words (Document/TextRunLimits) bound each writer's work; this bounds the time
        // whatever else goes wrong, so a build always ends. A writer past it is abandoned (its output is never used).
        var writerTime = options.WriterTimeFor(review.Size);
        if (!Finished([writing, .. figureWriting is null ? [] : new[] { figureWriting }], writerTime))
        {
            foreach (var name in jobs.Unfinished())
                diagnostics.Error($"{name}.md", 0, 0, WriterTimeoutCode,
                    string.Create(CultureInfo.InvariantCulture, $"writing {name} in every format took longer than {writerTime.TotalSeconds:0} seconds and was stopped."),
                    "Split the document into several templates in templates/documents/, or report the input that caused this.");
            if (figureWriting is { IsCompleted: false })
                diagnostics.Error(Path.Combine(options.TemplatesDirectory, ReportBuilder.PrismaTemplate).Replace('\\', '/'), 0, 0, WriterTimeoutCode,
                    string.Create(CultureInfo.InvariantCulture, $"writing the figure as a PDF took longer than {writerTime.TotalSeconds:0} seconds and was stopped."),
                    "Shorten the figure's box texts, or report the input that caused this.");
            return;
        }
        if (figureWriting is not null)
        {
            foreach (var diagnostic in figureWriting.Result.Items) diagnostics.Add(diagnostic);
        }
        var origins = new CharacterOrigins(options.DataDirectory, options.TemplatesDirectory);
        foreach (var diagnostic in jobs.Diagnostics()) diagnostics.Add(origins.Relocate(diagnostic));
    }

    /// <summary>Whether every writer finished within <paramref name="limit"/> of processor time (Model/WorkBudget), so
    /// that a large review on a loaded machine is not stopped as a hung one.</summary>
    private static bool Finished(Task[] writing, TimeSpan limit)
    {
        using var budget = new WorkBudget(limit);
        while (!budget.IsSpent)
        {
            if (Task.WaitAll([.. writing], TimeSpan.FromMilliseconds(100))) return true;
        }
        return writing.All(w => w.IsCompleted);
    }

    private static WriterSettings? Settings(FlowDiagram figure, Review review, BuildOptions options, TemplateRunner templates, DiagnosticBag diagnostics)
    {
        var preamblePath = Path.Combine(options.TemplatesDirectory, ReportBuilder.LatexPreambleTemplate);
        if (!File.Exists(preamblePath))
        {
            diagnostics.Error(preamblePath.Replace('\\', '/'), 0, 0, TemplateCodes.MissingTemplate,
                "the LaTeX preamble template is missing.", "Restore latex-preamble.sbn from the shipped templates folder.");
            return null;
        }
        if (TemplateFile.Read(preamblePath, options.TemplatesDirectory, preamblePath.Replace('\\', '/'), diagnostics) is not { } preamble)
            return null;
        var referencePath = Path.Combine(options.TemplatesDirectory, ReferenceDocument.FileName);
        var reference = File.Exists(referencePath) ? ReferenceDocument.Load(referencePath, diagnostics) : null;
        if (diagnostics.HasErrors) return null;
        // The figure is handed to the writers in memory, by the file name the Markdown gives it: its layout for the PDF and
        // DOCX, which draw it directly, and its SVG for the HTML preview.
        var pdf = PdfOptionsFor(review.Info) with
        {
            Images = new Dictionary<string, string> { [ReportBuilder.FigureFileName] = figure.Svg },
            Figures = new Dictionary<string, PrismaFigure> { [ReportBuilder.FigureFileName] = figure.Layout },
        };
        return new WriterSettings(review.Info.Values, preamble, preamblePath, pdf)
        {
            Layout = DocumentLayouts.Of(review.Info),
            WordReference = reference,
            Templates = templates,
        };
    }

    /// <summary>The figure alone as a PDF (prisma.pdf), written beside the documents, with diagnostics of its own.</summary>
    private static DiagnosticBag WriteFigure(FlowDiagram figure, WriterSettings settings, OutputSet outputs, IBuildProgress progress)
    {
        var diagnostics = new DiagnosticBag();
        var name = Path.ChangeExtension(ReportBuilder.FigureFileName, ".pdf");
        progress.Started(name);
        using var pdf = new MemoryStream();
        if (PdfWriter.WriteFigure(figure.Layout, ReportBuilder.FigureFileName, pdf, settings.Pdf, diagnostics)) outputs.Add(name, pdf.ToArray());
        progress.Finished(name);
        return diagnostics;
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
}
