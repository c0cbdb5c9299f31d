using ReportGen.Document;
using ReportGen.Analysis;
using ReportGen.Build;
using ReportGen.Data;
using ReportGen.DataGen;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// One review carried through the pipeline once, keeping each stage's product so that every stage can then be
/// timed on its own input: the shipped review, or a synthetic one of N campaigns written to a temporary folder.
/// </summary>
internal sealed class ReviewFixture : IDisposable
{
    public const string Shipped = "shipped";

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("reportgen-bench-");

    public ReviewFixture(string review)
    {
        Name = review;
        DataDirectory = review == Shipped ? RepositoryData.Data : Path.Combine(_scratch.FullName, "data");
        if (review != Shipped) SyntheticReview.Write(RepositoryData.Data, DataDirectory, int.Parse(review, System.Globalization.CultureInfo.InvariantCulture));
        Options = new BuildOptions(BuildCommand.Check, DataDirectory, RepositoryData.Templates, Path.Combine(_scratch.FullName, "out"), PrismaErrorsAsWarnings: false);
        Review = Load();
        Runner = new TemplateRunner(TemplateLimits.For(Review.Size));
        Templates = new TemplateEngine(Options.TemplatesDirectory, Options.TemplatesDirectory, Runner);
        Aggregates = ReviewAnalyzer.Analyze(Review);
        Figure = DrawFlowDiagram();
        Rendered = RenderMarkdown();
        Documents = ParseDocuments();

        PreamblePath = Path.Combine(Options.TemplatesDirectory, ReportBuilder.LatexPreambleTemplate);
        Preamble = File.ReadAllText(PreamblePath);
        PdfOptions = WriterStep.PdfOptionsFor(Review.Info) with
        {
            Images = new Dictionary<string, string> { [ReportBuilder.FigureFileName] = Figure.Svg },
            Figures = new Dictionary<string, ReportGen.Rendering.Prisma.PrismaFigure> { [ReportBuilder.FigureFileName] = Figure.Layout },
        };
        DocxOptions = new DocxOptions { Page = PdfOptions, Layout = DocumentLayouts.Of(Review.Info) };
        WriterSettings = new ReportGen.Rendering.WriterSettings(Review.Info.Values, Preamble, PreamblePath, PdfOptions)
        {
            Layout = DocxOptions.Layout,
            Templates = Runner,
        };
    }

    public string Name { get; }
    public string DataDirectory { get; }
    public BuildOptions Options { get; }
    public TemplateRunner Runner { get; }
    public TemplateEngine Templates { get; }
    public Review Review { get; }
    public ReviewAggregates Aggregates { get; }
    public FlowDiagram Figure { get; }
    /// <summary>Each document parsed, with its forms read: what every writer gets.</summary>
    public List<ReportDocument> Documents { get; }
    /// <summary>Each document's Markdown as the templates wrote it, before it is parsed.</summary>
    internal List<RenderedDocument> Rendered { get; }
    internal ReportGen.Rendering.WriterSettings WriterSettings { get; }
    public string Preamble { get; }
    public string PreamblePath { get; }
    public PdfOptions PdfOptions { get; }
    public DocxOptions DocxOptions { get; }

    public Review Load() => ReviewLoader.Load(DataDirectory, new DiagnosticBag()) ?? throw Failed("the data did not load");

    public ReviewAggregates Analyze() => ReviewAnalyzer.Analyze(Review);

    internal List<RenderedDocument> RenderMarkdown()
    {
        var diagnostics = new DiagnosticBag();
        return TemplateStep.Render(Review, Aggregates, Templates, Options, diagnostics) is { } rendered && !diagnostics.HasErrors
            ? rendered
            : throw Failed("the templates did not render: " + string.Join("; ", diagnostics.Sorted()));
    }

    public List<ReportDocument> ParseDocuments()
    {
        var diagnostics = new DiagnosticBag();
        return TemplateStep.Parse(Rendered, diagnostics) is var documents && !diagnostics.HasErrors
            ? documents
            : throw Failed("the Markdown did not parse: " + string.Join("; ", diagnostics.Sorted()));
    }

    public FlowDiagram DrawFlowDiagram() =>
        FigureStep.Draw(Review, Options, Runner, new DiagnosticBag()) ?? throw Failed("the flow diagram was not drawn");

    /// <summary>Fails loudly: a benchmark that quietly measured a failed stage would report a meaningless time.</summary>
    private InvalidOperationException Failed(string what) => new($"{Name}: {what}.");

    public void Dispose() => _scratch.Delete(recursive: true);
}
