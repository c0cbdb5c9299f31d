using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering.Prisma;
using ReportGen.Templating;

namespace ReportGen.Tests.Prisma;

public class PrismaBoxTextsTests
{
    private static FlowCounts ReviewFlow() => FlowCsvReader.Read(PrismaFiles.TestFile("review-flow.csv"), new DiagnosticBag())!;

    private static (IReadOnlyDictionary<string, string>? Texts, DiagnosticBag Bag, string Path) Render(string template)
    {
        var path = PrismaFiles.Temp(template, ".sbn");
        var bag = new DiagnosticBag();
        return (PrismaBoxTexts.Render(path, ReviewFlow(), bag), bag, path);
    }

    [Fact]
    public void Render_ShippedTemplate_GivesEveryDrawnBoxWithCountsFromCode()
    {
        var bag = new DiagnosticBag();
        var texts = PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, ReviewFlow(), bag)!;

        Assert.Empty(bag.Items);
        Assert.Equal("Records identified from:\nDatabases (n = 1013)", texts["box2"]);
        Assert.Equal("Records identified from:\nWebsites (n = 74)\nCitation searching (n = 6)", texts["box11"]);
        Assert.Equal("Records screened (n not reported)", texts["box4"]);
        Assert.Contains("(n = 1087)", texts["total"]);
        Assert.StartsWith("Studies included in review (n = 26)", texts["box10"]);
    }

    [Fact]
    public void Render_ShippedTemplate_ListsBreakdownItems()
    {
        var bag = new DiagnosticBag();
        var texts = PrismaBoxTexts.Render(PrismaFiles.ShippedTemplate, FlowCountsBuilder.With(), bag)!;

        Assert.Empty(bag.Items);
        Assert.Equal("Reports excluded (n = 100)\n– Wrong population (n = 60)\n– Wrong design (n = 40)", texts["box9"]);
        Assert.StartsWith("New studies included in review (n = 30)", texts["box10"]);
    }

    [Fact]
    public void Render_WhenTemplateHasSyntaxError_ReportsRG131AtItsPosition()
    {
        var (texts, bag, path) = Render("[box2]\nRecords {{ if }}\n");
        Assert.Null(texts);
        Assert.NotEmpty(bag.Items);
        Assert.All(bag.Items, d => Assert.Equal(("RG131", path, 2, Severity.Error), (d.Code, d.File, d.Line, d.Severity)));
    }

    [Fact]
    public void Render_WhenTemplateUsesUnknownVariable_ReportsRG132AtItsPosition()
    {
        var (texts, bag, path) = Render("[box2]\nDatabases {{ databases }}\n");
        Assert.Null(texts);
        var d = Assert.Single(bag.Items);
        Assert.Equal(("RG132", path, 2, 14), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void Render_WhenTemplateLoopsForever_StopsWithRG132()
    {
        var (texts, bag, _) = Render("[box2]\n{{ for i in 1..1000000 }}x{{ end }}\n");
        Assert.Null(texts);
        Assert.Equal("RG132", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Render_WhenTemplateIncludesAFile_IsRefused()
    {
        var (texts, bag, _) = Render("[box2]\n{{ include '/etc/passwd' }}\n");
        Assert.Null(texts);
        Assert.Equal("RG132", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Render_WhenDrawnBoxHasNoText_WarnsRG134()
    {
        var (texts, bag, path) = Render("[box2]\nRecords\n[box99]\nx\n");
        Assert.Equal("Records", texts!["box2"]);
        Assert.Contains(bag.Items, d => d.ToString().StartsWith($"{path}: warning RG134: The template gives no text for box 'box4'", StringComparison.Ordinal));
        Assert.Contains(bag.Items, d => d.Code == "RG135" && d.Message.Contains("'box99'"));
        Assert.DoesNotContain(bag.Items, d => d.Message.Contains("'box16'"));
    }
}
