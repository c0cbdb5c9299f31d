using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Templating;
using ReportGen.Tests.Build;
using Scriban.Runtime;

namespace ReportGen.Tests.Templating;

/// <summary>
/// A temporary templates folder, named "templates" inside a temporary root, whose templates are rendered with the
/// shipped review's model through <see cref="TemplateEngine"/>. Diagnostics read "templates/t.sbn:1:4: …".
/// </summary>
internal sealed class TemplateFolder : IDisposable
{
    private static readonly Lazy<(Model.Review Review, ReviewAggregates Aggregates)> Shipped = new(() =>
    {
        var review = ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())
            ?? throw new InvalidOperationException("the shipped data does not load");
        return (review, ReviewAnalyzer.Analyze(review));
    });

    public TemplateFolder()
    {
        Root = Directory.CreateTempSubdirectory("reportgen-templates-").FullName;
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder that holds "templates" (and anything a test puts beside it).</summary>
    public string Root { get; }

    public string Folder => Path.Combine(Root, "templates");

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A fresh model for each render, so a template that assigns a global cannot leak into the next test.</summary>
    public static ScriptObject Model()
    {
        var (review, aggregates) = Shipped.Value;
        return TemplateModel.Create(review, aggregates);
    }

    public (string? Output, string[] Diagnostics) Render(string name, TemplateLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var engine = new TemplateEngine(Folder, "templates", limits ?? TemplateLimits.Default);
        var output = engine.Render(name, Model(), bag);
        return (output, [.. bag.Sorted().Select(d => d.ToString().Split('\n')[0])]);
    }

    /// <summary>Writes <paramref name="text"/> as t.sbn and renders it.</summary>
    public (string? Output, string[] Diagnostics) RenderText(string text, TemplateLimits? limits = null)
    {
        Write("t.sbn", text);
        return Render("t.sbn", limits);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
