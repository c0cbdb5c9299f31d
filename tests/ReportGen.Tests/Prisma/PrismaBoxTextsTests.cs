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
    public void Render_WhenTemplateHasSyntaxError_ReportsRG201AtItsPosition()
    {
        var (texts, bag, path) = Render("[box2]\nRecords {{ if }}\n");
        Assert.Null(texts);
        Assert.NotEmpty(bag.Items);
        Assert.All(bag.Items, d => Assert.Equal(("RG201", path, 2, Severity.Error), (d.Code, d.File, d.Line, d.Severity)));
    }

    [Fact]
    public void Render_WhenTemplateUsesUnknownVariable_ReportsRG202AtItsPosition()
    {
        var (texts, bag, path) = Render("[box2]\nDatabases {{ databases }}\n");
        Assert.Null(texts);
        var d = Assert.Single(bag.Items);
        Assert.Equal(("RG202", path, 2, 14), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void Render_WhenTemplateLoopsForever_StopsWithRG203()
    {
        var (texts, bag, _) = Render("[box2]\n{{ for i in 1..1000000 }}x{{ end }}\n");
        Assert.Null(texts);
        Assert.Equal("RG203", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Render_WhenTemplateIncludesAFile_IsRefused()
    {
        var (texts, bag, _) = Render("[box2]\n{{ include '/etc/passwd' }}\n");
        Assert.Null(texts);
        Assert.Equal("RG202", Assert.Single(bag.Items).Code);
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

    [Fact]
    public void Render_WhenTemplateIsMissing_ReportsRG130()
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-missing-{Guid.NewGuid():N}.sbn");

        Assert.Null(PrismaBoxTexts.Render(path, ReviewFlow(), bag));
        Assert.Equal($"{path}: error RG130: The PRISMA box text template could not be read.", (Assert.Single(bag.Items) with { Hint = null }).ToString());
    }

    [Fact]
    public void Render_WhenTextComesBeforeTheFirstBox_WarnsRG133AndIgnoresIt()
    {
        var (texts, bag, path) = Render("Heading\n[box2]\nRecords\n");
        Assert.Equal("Records", texts!["box2"]);
        Assert.Contains(bag.Items, d => d.ToString().StartsWith($"{path}: warning RG133: The template writes 'Heading' before the first [box] line", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WhenABoxIsGivenTwice_WarnsRG136AndKeepsTheLaterText()
    {
        var (texts, bag, path) = Render("[box2]\nFirst\n[box2]\nSecond\n");
        Assert.Equal("Second", texts!["box2"]);
        Assert.Contains(bag.Items, d => d.ToString().StartsWith($"{path}: warning RG136: The template gives text for box 'box2' twice", StringComparison.Ordinal));
    }
}
