using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Pdf.Elements;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Markdown;
using static ReportGen.Tests.Rendering.Pdf.LayoutTestKit;

namespace ReportGen.Tests.Rendering.Pdf;

public class PageLayoutTests
{
    private static readonly Size SmallPage = new(140, 100);
    private static readonly Margins SmallMargins = Margins.All(20);

    private static (RecordingCanvas Canvas, DiagnosticBag Diagnostics, int Pages) Run(params Section[] sections)
    {
        var canvas = new RecordingCanvas();
        var diagnostics = new DiagnosticBag();
        var pages = PageLoop.Run(sections, canvas, SmallMargins, (_, _, _) => { }, diagnostics, "test.md");
        return (canvas, diagnostics, pages);
    }

    [Fact]
    public void Run_LongText_BreaksIntoPagesWithinTheBody()
    {
        var (canvas, diagnostics, pages) = Run(new Section(SmallPage, new Column([Paragraph(Words(60))])));
        Assert.Empty(diagnostics.Items);
        Assert.Equal(pages, canvas.Pages.Count);
        Assert.True(pages >= 3);
        Assert.All(canvas.Pages.SelectMany(p => p.Texts), t =>
        {
            Assert.InRange(t.X, 20, 120);
            Assert.InRange(t.X + t.Width, 20, 120.001);
            Assert.InRange(t.Baseline, 20, 80);
        });
        Assert.Equal(60, canvas.Pages.Sum(p => p.Texts.Count));
    }

    [Fact]
    public void Run_NothingFitsOnAnEmptyPage_StopsWithADiagnostic()
    {
        var tooTall = new FigureElement(new FakePicture(new Size(50, 500)), maxHeight: 500, spaceAround: 0);
        var (canvas, diagnostics, pages) = Run(new Section(SmallPage, new Column([Paragraph("before"), tooTall, Paragraph("after")])));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(PageLoop.NothingFitsCode, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("figure", error.Message);
        Assert.Equal(1, pages);
        Assert.Single(canvas.Pages);
    }

    [Fact]
    public void Run_HeadingThatWouldEndAPage_MovesToTheNextPageWithItsText()
    {
        // The body is 60 pt: four lines of 12.5 pt. Three filler lines leave room for the heading but not for two text lines.
        var filler = Paragraph(Words(15), widowOrphan: false);
        var heading = Paragraph("Heading", keepWithNext: true);
        var (canvas, _, _) = Run(new Section(SmallPage, new Column([filler, heading, Paragraph(Words(10))])));
        Assert.DoesNotContain(canvas.Pages[0].Texts, t => t.Text == "Heading");
        Assert.Equal("Heading", canvas.Pages[1].Texts[0].Text);
        Assert.Equal(20 + 12.5 * 0.5 - 5 + 9.5, canvas.Pages[1].Texts[0].Baseline, 3);
    }

    [Fact]
    public void Run_SectionsOfDifferentSizes_EachStartOnANewPage()
    {
        var landscape = new Size(SmallPage.Height, SmallPage.Width);
        var (canvas, _, _) = Run(
            new Section(SmallPage, new Column([Paragraph("one")])),
            new Section(landscape, new Column([Paragraph("two")])),
            new Section(SmallPage, new Column([Paragraph("three")])));
        Assert.Equal([SmallPage, landscape, SmallPage], canvas.Pages.Select(p => p.Size));
    }

    private static (RecordingCanvas Canvas, DiagnosticBag Diagnostics) LayOutSample(PdfOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var builder = new PdfDocumentBuilder(Shaper, options, _ => (new FakePicture(new Size(360, 200)), null), diagnostics, "sample.md");
        var sections = builder.Build(DocumentReader.FromTree("sample.md", PdfTestFiles.Sample(), diagnostics));
        var canvas = new RecordingCanvas();
        PageLoop.Run(sections, canvas, options.Margins, (_, _, _) => { }, diagnostics, "sample.md");
        return (canvas, diagnostics);
    }

    [Fact]
    public void Sample_LandscapeTable_RepeatsCaptionAndHeaderOnEveryPage()
    {
        var (canvas, diagnostics) = LayOutSample(PdfTestFiles.Options);
        Assert.Empty(diagnostics.Items);
        var tablePages = canvas.Pages.Where(p => p.Size.Width > p.Size.Height).ToList();
        Assert.True(tablePages.Count >= 2, $"the table should span pages, got {tablePages.Count}");
        for (var i = 0; i < tablePages.Count; i++)
        {
            var texts = tablePages[i].Texts;
            Assert.Equal("Table", texts[0].Text);
            Assert.Equal(i > 0, texts.Any(t => t.Text.Contains("continued")));
            var header = texts.First(t => t.Text == "Author");
            var firstCell = texts.First(t => t.Text.StartsWith("Campaign", StringComparison.Ordinal) && t.Baseline > header.Baseline + 12);
            Assert.True(header.Baseline < firstCell.Baseline);
            Assert.Contains(texts, t => t.Text == "findings");
        }
        Assert.Contains("Abbreviations:", tablePages[^1].JoinedText);
        Assert.DoesNotContain("Abbreviations:", tablePages[0].JoinedText);
        Assert.All(canvas.Pages.Where(p => p.Size.Width < p.Size.Height), p => Assert.Equal(new Size(595, 842), p.Size));
    }

    [Fact]
    public void Sample_EveryRowStaysWholeAndEveryCampaignAppearsOnce()
    {
        var (canvas, _) = LayOutSample(PdfTestFiles.Options);
        var campaigns = canvas.Pages.SelectMany(p => p.Texts).Count(t => t.Text == "Campaign" );
        Assert.Equal(30 + canvas.Pages.Count(p => p.Size.Width > p.Size.Height), campaigns);
    }

    [Fact]
    public void Sample_Letter_UsesLetterPages()
    {
        var (canvas, _) = LayOutSample(PdfTestFiles.Options with { PaperSize = PaperSize.Letter });
        Assert.Equal(new Size(612, 792), canvas.Pages[0].Size);
        Assert.Contains(new Size(792, 612), canvas.Pages.Select(p => p.Size));
    }

    [Fact]
    public void Sample_HeadingsBecomeOutlineEntriesAndLinksAnnotations()
    {
        var (canvas, _) = LayOutSample(PdfTestFiles.Options);
        Assert.Equal(["Mass media campaigns for low back pain", "Introduction", "Methods", "Results", "Discussion"],
            canvas.Pages.SelectMany(p => p.Outline).Select(o => o.Title));
        Assert.Contains(canvas.Pages[0].Links, l => l.Url == "https://osf.io/example");
    }

}
