using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Build;

/// <summary>A document template's Markdown, before it is parsed.</summary>
internal sealed record RenderedDocument(string Name, string Markdown, string TemplatePath);

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

        var abbreviations = new AbbreviationTracker(review.Abbreviations);
        var globals = TemplateModel.Create(review, aggregates, abbreviations);
        var rendered = new List<RenderedDocument>();
        foreach (var file in files.Order(StringComparer.Ordinal).Select(Path.GetFileName))
        {
            if (templates.Render(Path.Combine(ReportBuilder.DocumentsFolder, file!), globals, diagnostics) is { } markdown)
                rendered.Add(new RenderedDocument(Path.GetFileNameWithoutExtension(file!), markdown, Path.Combine(folder, file!).Replace('\\', '/')));
        }
        AbbreviationReport.Report(review, abbreviations, diagnostics);
        return rendered;
    }

    public static List<ReportDocument> Parse(List<RenderedDocument> rendered, DiagnosticBag diagnostics) =>
        [.. rendered.Select(r => DocumentReader.Read(r.Name, r.Markdown, r.TemplatePath, diagnostics)).OfType<ReportDocument>()];
}
