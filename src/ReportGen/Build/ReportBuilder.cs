using System.Globalization;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Build;

public sealed record BuildResult(string Summary, OutputSet Outputs);

/// <summary>A review generated in memory: its data, analysis, template runner, figure and documents.</summary>
internal sealed record GeneratedReview(
    Review Review, ReviewAggregates Aggregates, TemplateRunner Templates, FlowDiagram Figure, List<ReportDocument> Documents);

/// <summary>
/// The one pipeline, as named steps that pass values: read the data, analyse it, draw the figure, render the
/// templates, parse each document once, write every format, and commit the outputs. Nothing reaches the output folder
/// unless every step succeeded. A long-running process passes a <see cref="BuildCache"/>, so that a rebuild does
/// again only the reading that a change needs; every later step runs on every build.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Each <c>templates/documents/NAME.sbn</c> becomes NAME.md, NAME.tex, NAME.pdf, NAME.docx and NAME.html.</summary>
    public const string DocumentsFolder = "documents";
    public const string PrismaTemplate = "prisma.sbn";
    public const string LatexPreambleTemplate = "latex-preamble.sbn";
    public const string FigureFileName = "prisma.svg";
    public const string ClaimsFileName = "claims.json";
    public const string LockedCode = "RG751";
    public const string ReadingStep = "reading data";
    public const string TemplatesStep = "templates";

    public static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress? progress = null) =>
        Run(options, diagnostics, progress ?? NoBuildProgress.Instance, cache: null);

    internal static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress progress, BuildCache? cache)
    {
        using var collector = CollectorMode.ForBuild();
        var writesOutputs = options.Command == BuildCommand.Build;
        using var target = writesOutputs ? OutputTarget.Open(options.OutputDirectory, diagnostics) : null;
        if (writesOutputs && target is null) return Failed(new OutputSet());
        var outputs = target?.Stage() ?? new OutputSet();

        if (Generate(options, diagnostics, progress, cache) is not { } generated) return Failed(outputs);
        var (review, aggregates, templates, figure, documents) = generated;
        outputs.Add(ClaimsFileName, ClaimsJson.Write(documents, figure.Claims));

        outputs.Add(FigureFileName, figure.Svg);
        WriterStep.Write(documents, figure, review, options, templates, outputs, diagnostics, progress);
        if (diagnostics.HasErrors) return Failed(outputs);

        var changed = target is null ? 0 : target.Commit(outputs, diagnostics);
        return changed is { } count ? new BuildResult(Summary(review, aggregates, outputs, options, count), outputs) : Failed(outputs);
    }

    /// <summary>
    /// Reads the data, analyses it, draws the figure and generates each document with its claims: what a build writes,
    /// and what <c>verify</c> checks a manuscript against. Null after an error.
    /// </summary>
    internal static GeneratedReview? Generate(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress progress, BuildCache? cache)
    {
        var review = Step(progress, ReadingStep, () => ReadData(options, cache, diagnostics));
        if (review is null) return null;
        var (aggregates, templates) = Analyse(review, options, cache, diagnostics);

        // The figure and the documents' templates read the same data and nothing of each other, so they run side by
        // side, each with diagnostics of its own, added figure first as when they ran one after the other.
        var (figureDiagnostics, templateDiagnostics) = (new DiagnosticBag(), new DiagnosticBag());
        var drawing = Task.Run(() => Step(progress, FigureFileName, () => DrawFigure(review, options, templates, cache, figureDiagnostics)));
        var rendered = Step(progress, TemplatesStep, () => RenderTemplates(review, aggregates, templates, options, templateDiagnostics));
        var figure = drawing.GetAwaiter().GetResult();
        foreach (var diagnostic in figureDiagnostics.Items.Concat(templateDiagnostics.Items)) diagnostics.Add(diagnostic);
        if (figure is null || rendered is null || diagnostics.HasErrors) return null;
        var documents = TemplateStep.Parse(rendered, diagnostics);
        return diagnostics.HasErrors ? null : new GeneratedReview(review, aggregates, templates, figure, documents);
    }

    /// <summary>The checked review, or null after an error; from the cache's earlier reading where the data did not change.</summary>
    private static Review? ReadData(BuildOptions options, BuildCache? cache, DiagnosticBag diagnostics) =>
        cache is null
            ? ReviewLoader.Load(options.DataDirectory, diagnostics)
            : cache.Data.Load(options.DataDirectory, diagnostics, DataLimits.Default);

    /// <summary>The flow's arithmetic checked, the aggregates the templates read, and the one runner of every template,
    /// whose limits grow with the data (Templating/TemplateLimits).</summary>
    private static (ReviewAggregates Aggregates, TemplateRunner Templates) Analyse(
        Review review, BuildOptions options, BuildCache? cache, DiagnosticBag diagnostics)
    {
        FlowChecks.Run(review.Flow, diagnostics, options.PrismaErrorsAsWarnings);
        var aggregates = cache?.Analyse(review) ?? ReviewAnalyzer.Analyze(review);
        return (aggregates, new TemplateRunner(TemplateLimits.For(review.Size)));
    }

    private static FlowDiagram? DrawFigure(Review review, BuildOptions options, TemplateRunner templates, BuildCache? cache, DiagnosticBag diagnostics) =>
        cache is null
            ? FigureStep.Draw(review, options, templates, diagnostics)
            : cache.Figure(review, Path.Combine(options.TemplatesDirectory, PrismaTemplate), diagnostics,
                fresh => FigureStep.Draw(review, options, templates, fresh));

    private static List<RenderedDocument>? RenderTemplates(
        Review review, ReviewAggregates aggregates, TemplateRunner templates, BuildOptions options, DiagnosticBag diagnostics) =>
        TemplateStep.Render(review, aggregates, new TemplateEngine(options.TemplatesDirectory, options.TemplatesDirectory, templates),
            options, diagnostics);

    private static T Step<T>(IBuildProgress progress, string name, Func<T> step)
    {
        progress.Started(name);
        var result = step();
        progress.Finished(name);
        return result;
    }

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
