using ReportGen.Analysis;
using ReportGen.Diagnostics;
using ReportGen.Templating;
using ReportGen.Templating.Functions;
using ReportGen.Tests.Templating.Functions;

namespace ReportGen.Tests.Analysis;

/// <summary>The aggregates as a template sees them: counts of a nested codebook, rankings and percentages.</summary>
public sealed class TemplateModelTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("reportgen-model-");

    /// <summary>
    /// 5 campaigns. educ ▸ print (group) ▸ leaflets, posters; educ ▸ workshops; media ▸ radio; cds ▸ alerts.
    /// educ 4 (c1 uses leaflets and posters, counted once), print 2, media 2, cds 1.
    /// </summary>
    private static readonly Model.Review Review = new ReviewBuilder()
        .Code("educ").Code("print", "educ").Code("leaflets", "print").Code("posters", "print").Code("workshops", "educ")
        .Code("media").Code("radio", "media")
        .Code("cds").Code("alerts", "cds")
        .Campaign("c1", "leaflets; posters")
        .Campaign("c2", "posters; radio")
        .Campaign("c3", "workshops")
        .Campaign("c4", "workshops; alerts")
        .Campaign("c5", "radio")
        .Build();

    private string Render(string template)
    {
        File.WriteAllText(Path.Combine(_templates.FullName, "t.sbn"), template);
        var aggregates = ReviewAnalyzer.Analyze(Review);
        var globals = TemplateModel.Create(Review, aggregates);
        var diagnostics = new DiagnosticBag();
        var markdown = new TemplateEngine(_templates.FullName, "templates", TemplateLimits.Default).Render("t.sbn", globals, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        // The engine writes Markdown ("80\\%"); what a reader sees is its literal text (trailing spaces dropped).
        return MarkdownReader.ParagraphText(markdown!);
    }

    [Fact]
    public void Methods_GiveEveryNodesCountAndPercent_OfTheCampaigns()
    {
        var text = Render("{{ for n in methods }}{{ n.label }} {{ n.count }} {{ percent n.count campaign_count }}" +
                          "{{ for g in n.group_children }} [{{ g.label }} {{ g.count }} {{ percent g.count campaign_count }}]{{ end }}; {{ end }}");

        Assert.Equal("educ 4 80% [print 2 40%]; media 2 40%; cds 1 20%;", text);
    }

    [Fact]
    public void Percentages_AreTheOnesNumberTextWrites()
    {
        var aggregates = ReviewAnalyzer.Analyze(Review);
        var expected = string.Concat(aggregates.AllCodes().Select(n => NumberText.Percent(n.Count, aggregates.CampaignCount) + " "));

        // Depth first, three levels deep, as AllCodes walks the tree.
        static string Percent(string node) => $"{{{{ percent {node}.count campaign_count }}}} ";
        var text = Render("{{ for n0 in methods }}" + Percent("n0") + "{{ for n1 in n0.children }}" + Percent("n1") +
                          "{{ for n2 in n1.children }}" + Percent("n2") + "{{ end }}{{ end }}{{ end }}");

        Assert.Equal(expected.TrimEnd(), text);
    }

    [Fact]
    public void RankingsAndCounted_AreCalledFromTemplates_OnTheModel()
    {
        var text = Render("most: {{ for m in (most_counted methods 2) }}{{ m.label }} {{ end }}" +
                          "least: {{ for m in (least_counted methods 1) }}{{ m.label }} {{ end }}" +
                          "counted: {{ for g in (counted by.country) }}{{ g.label }} {{ g.count }} {{ end }}");

        Assert.Equal("most: educ media least: cds counted: New Zealand 5", text);
    }

    public void Dispose() => _templates.Delete(recursive: true);
}
