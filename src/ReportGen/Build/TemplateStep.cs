using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Templating.Claims;
using ReportGen.Templating.Functions;

namespace ReportGen.Build;

/// <summary>A document template's Markdown, before it is parsed.</summary>
/// <param name="MaxParagraph">The longest paragraph the writers take for this review's data (Document/TextRunLimits).</param>
internal sealed record RenderedDocument(string Name, string Markdown, string TemplatePath, ClaimRecorder Claims, long MaxParagraph);

/// <summary>
/// Every template in templates/documents/, in name order: rendered to Markdown with the review's model, then each
/// Markdown parsed once into the document every writer reads.
/// </summary>
internal static class TemplateStep
{
    public static List<RenderedDocument>? Render(
        Review review, ReviewAggregates aggregates, TemplateEngine templates, BuildOptions options, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(options.TemplatesDirectory, ReportBuilder.DocumentsFolder);
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
        var rendered = new List<RenderedDocument>();
        var maxParagraph = TextRunLimits.MaxParagraphCharactersFor(review.Size);
        var states = new List<DocumentState>();
        foreach (var file in files.Order(StringComparer.Ordinal).Select(Path.GetFileName))
        {
            var state = new DocumentState();
            states.Add(state);
            var name = Path.GetFileNameWithoutExtension(file!);
            var claims = new ClaimRecorder(name, subjects, options.TemplatesDirectory);
            if (templates.Render(Path.Combine(ReportBuilder.DocumentsFolder, file!), globals, diagnostics, claims, state) is { } markdown)
                rendered.Add(new RenderedDocument(name, markdown, Path.Combine(folder, file!).Replace('\\', '/'), claims, maxParagraph));
        }
        // A run that stopped part-way has not reached every use, so what it left unused says nothing.
        if (rendered.Count == files.Length) AbbreviationReport.Report(review, aggregates.TableGlossary, states, diagnostics);
        // Numbered citations are numbered across every document at once, in reading order; the claims' markers are
        // taken out after that, so each claim's place is in the final text (numbers such as "[12–14]" move what follows).
        var finished = style.Finish(rendered.Select(r => r.Markdown).ToList());
        return [.. rendered.Select((r, i) => r with { Markdown = r.Claims.Finish(finished[i]) })];
    }

    /// <summary>
    /// The documents are parsed side by side (a large review's manuscript and Table 2 are megabytes of Markdown each,
    /// and nothing else runs meanwhile), each with diagnostics of its own, added in document order.
    /// </summary>
    public static List<ReportDocument> Parse(List<RenderedDocument> rendered, DiagnosticBag diagnostics)
    {
        var parsing = rendered.Select(r => Task.Run(() =>
        {
            var own = new DiagnosticBag();
            var document = DocumentReader.Read(r.Name, r.Markdown, r.TemplatePath, own, r.MaxParagraph);
            if (document is not null)
            {
                document.Claims = r.Claims.Recorded;
                document.Markdown = r.Markdown;
            }
            return (Document: document, Diagnostics: own);
        })).ToList();
        var documents = new List<ReportDocument>();
        foreach (var task in parsing)
        {
            var (document, own) = task.GetAwaiter().GetResult();
            foreach (var diagnostic in own.Items) diagnostics.Add(diagnostic);
            if (document is not null) documents.Add(document);
        }
        return documents;
    }
}
