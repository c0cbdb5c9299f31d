using Blip = DocumentFormat.OpenXml.Drawing.Blip;
using DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Tests.Build;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>What makes the shipped review's DOCX files Word-native: fields, bookmarks, sections, table properties and styles.</summary>
public class DocxStructureTests
{
    private static DocxFile Open(string document)
    {
        Assert.True(BuiltReview.Shipped.Succeeded, string.Join("\n", BuiltReview.Shipped.Diagnostics));
        return new DocxFile(BuiltReview.Shipped.Files[document + ".docx"]);
    }

    [Fact]
    public void Manuscript_CaptionsAreSeqFieldsInsideTheirBookmarks_WithTheNumberCached()
    {
        using var docx = Open("manuscript");
        var captions = docx.ParagraphsStyled("caption");

        // Figure 1 follows on from no earlier figure; Table 2 has no Table 1 before it, so its sequence restarts at 2.
        Assert.Equal(["SEQ Figure \\* ARABIC", "SEQ Table \\* ARABIC \\r 2"],
            captions.SelectMany(c => c.Descendants<FieldCode>()).Select(f => f.Text.Trim()));
        Assert.StartsWith("Figure 1. PRISMA 2020 flow diagram", string.Concat(captions[0].Descendants<Text>().Select(t => t.Text)));
        Assert.StartsWith("Table 2. Characteristics of the 24 included campaigns", string.Concat(captions[1].Descendants<Text>().Select(t => t.Text)));
        foreach (var (caption, name) in captions.Zip(["_RefFigure1", "_RefTable2"]))
        {
            var start = caption.Elements<BookmarkStart>().Single();
            Assert.Equal(name, start.Name!.Value);
            // The bookmark holds the label and the number, as Word's "Only label and number" cross-references need.
            var inside = caption.ChildElements.SkipWhile(e => e != start).TakeWhile(e => e is not BookmarkEnd { Id.Value: var id } || id != start.Id!.Value);
            Assert.Equal(name[4..^1] + " " + name[^1], string.Concat(inside.SelectMany(e => e.Descendants<Text>()).Select(t => t.Text)));
        }
    }

    [Fact]
    public void Manuscript_TextReferencesToTable2AndFigure1_AreRefFieldsToTheCaptionBookmarks()
    {
        using var docx = Open("manuscript");
        var references = docx.FieldInstructions().Where(f => f.StartsWith("REF", StringComparison.Ordinal)).ToList();
        var markdown = BuiltReview.Shipped.Text("manuscript.md");

        Assert.Equal(CountOf(markdown, "Refer to Table 2"), references.Count(r => r == "REF _RefTable2 \\h"));
        Assert.Equal(1, references.Count(r => r == "REF _RefFigure1 \\h"));
        Assert.True(references.Count >= 5, string.Join("\n", references));
        // The cached results read as the text did.
        Assert.Contains("shown in Figure 1. The initial", docx.Text());
        Assert.Equal(CountOf(markdown, "Refer to Table 2"), CountOf(docx.Text(), "Refer to Table 2"));
    }

    [Fact]
    public void Manuscript_Table2HasALandscapeSectionOfItsOwn_BetweenPortraitSections()
    {
        using var docx = Open("manuscript");
        var sections = docx.Sections();

        Assert.Equal([false, true, false], sections.Select(DocxFile.IsLandscape));
        var landscape = sections[1].GetFirstChild<PageSize>()!;
        Assert.True(landscape.Width!.Value > landscape.Height!.Value);
        // The table lies after the first section break and before the second.
        var body = docx.Body.ChildElements.ToList();
        var table = body.IndexOf(docx.Body.Elements<WTable>().Single());
        int EndOf(SectionProperties section) => body.FindIndex(e => e.Descendants<SectionProperties>().Contains(section));
        Assert.InRange(table, EndOf(sections[0]) + 1, EndOf(sections[1]) - 1);
    }

    [Fact]
    public void Table2Docx_IsOneLandscapeSection()
    {
        using var docx = Open("table2");
        Assert.Equal([true], docx.Sections().Select(DocxFile.IsLandscape));
    }

    [Fact]
    public void Table2_HeaderRowRepeats_RowsDoNotSplit_AndColumnsFillTheLandscapeTextWidth()
    {
        using var docx = Open("table2");
        var table = docx.Body.Elements<WTable>().Single();
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(25, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));

        var section = docx.Sections().Single();
        var page = section.GetFirstChild<PageSize>()!;
        var margins = section.GetFirstChild<PageMargin>()!;
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(9, grid.Count);
        Assert.Equal((int)(page.Width!.Value - margins.Left!.Value - margins.Right!.Value), grid.Sum());
        // widths="11,8,12,12,10,9,10,15,13": the template's proportions, give or take the widening for long words.
        var template = new[] { 11, 8, 12, 12, 10, 9, 10, 15, 13 };
        for (var c = 0; c < grid.Count; c++)
            Assert.InRange(grid[c] / (double)grid.Sum(), template[c] / 100.0 * 0.6, template[c] / 100.0 * 1.4);
        Assert.Equal(template.ToList().IndexOf(template.Max()), grid.IndexOf(grid.Max()));
    }

    [Fact]
    public void Table2_NoteFollowsTheTable_InTheTableNoteStyle()
    {
        using var docx = Open("table2");
        var body = docx.Body.ChildElements.ToList();
        var table = body.FindIndex(e => e is WTable);
        var note = Assert.IsType<Paragraph>(body[table + 1]);

        Assert.Equal("Table Note", docx.StyleName(note.ParagraphProperties!.ParagraphStyleId!.Val));
        Assert.StartsWith("Abbreviations: ACP = American College of Physicians;", string.Concat(note.Descendants<Text>().Select(t => t.Text)));
    }

    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    [InlineData("abbreviations")]
    public void EveryParagraphHasAStyle_AndRunsCarryCharacterStylesOnly(string document)
    {
        using var docx = Open(document);
        var paragraphs = docx.Body.Descendants<Paragraph>().Where(p => p.Descendants<Run>().Any()).ToList();

        Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphProperties?.ParagraphStyleId));
        Assert.All(docx.Body.Descendants<RunProperties>(), properties => Assert.All(properties.ChildElements, c => Assert.IsType<RunStyle>(c)));
    }

    [Fact]
    public void Manuscript_UsesTheNamedStyles()
    {
        using var docx = Open("manuscript");
        var used = docx.Body.Descendants<ParagraphStyleId>().Select(s => docx.StyleName(s.Val)).ToHashSet();

        Assert.Superset(new HashSet<string> { "Title", "heading 1", "heading 2", "heading 3", "Normal", "caption", "Table Text", "Table Heading", "Table Note", "Bibliography", "Figure" }, used);
        Assert.Single(docx.ParagraphsStyled("Title"));
    }

    [Fact]
    public void Manuscript_ReferencesAreBibliographyParagraphs_WithTheirDoisAsHyperlinks()
    {
        using var docx = Open("manuscript");
        var references = docx.ParagraphsStyled("Bibliography");
        var resources = File.ReadAllLines(Path.Combine(RepoPaths.Data, "resources.csv")).Length - 1;

        Assert.Equal(resources, references.Count);
        var links = references.SelectMany(p => p.Elements<Hyperlink>()).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var target = docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.ToString();
            Assert.StartsWith("https://doi.org/10.", target);
            Assert.Equal("Hyperlink", docx.StyleName(link.Descendants<RunStyle>().First().Val));
        });
        var style = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleName!.Val == "Bibliography");
        Assert.Equal("720", style.StyleParagraphProperties!.Indentation!.Hanging!.Value);
    }

    [Fact]
    public void Manuscript_FigureIsAnSvgWithAPngFallbackAt300Dpi_AsWideAsTheText()
    {
        using var docx = Open("manuscript");
        var blip = docx.Body.Descendants<Blip>().Single();
        var svgId = blip.Descendants<SVGBlip>().Single().Embed!.Value!;
        var png = (ImagePart)docx.Main.GetPartById(blip.Embed!.Value!);
        var svg = (ImagePart)docx.Main.GetPartById(svgId);

        Assert.Equal("image/png", png.ContentType);
        Assert.Equal("image/svg+xml", svg.ContentType);
        Assert.Equal(BuiltReview.Shipped.Files["prisma.svg"], ReadAll(svg));

        var extent = docx.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        var section = docx.Sections()[0];
        var textWidth = section.GetFirstChild<PageSize>()!.Width!.Value - section.GetFirstChild<PageMargin>()!.Left!.Value - section.GetFirstChild<PageMargin>()!.Right!.Value;
        Assert.Equal(textWidth * 635L, extent.Cx!.Value, tolerance: 12700);

        var pixels = ReadAll(png);
        var width = (pixels[16] << 24) | (pixels[17] << 16) | (pixels[18] << 8) | pixels[19];
        Assert.Equal(extent.Cx.Value / 914400.0 * 300, width, tolerance: 1.5);
    }

    [Fact]
    public void DocumentProperties_ComeFromReviewCsv_DatedWithItsDate()
    {
        using var docx = Open("manuscript");
        var properties = docx.Package.PackageProperties;

        Assert.Equal("Campaigns disseminating clinical practice guidelines on imaging for low back pain: a scoping review", properties.Title);
        Assert.Equal("Review authors", properties.Creator);
        Assert.StartsWith("Dissemination strategies of clinical practice guidelines", properties.Subject);
        Assert.StartsWith("low back pain; diagnostic imaging;", properties.Keywords);
        Assert.Equal("en", properties.Language);
        Assert.Equal(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), properties.Created!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), properties.Modified!.Value.ToUniversalTime());
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static byte[] ReadAll(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
