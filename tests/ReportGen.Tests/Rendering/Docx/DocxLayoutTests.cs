using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using System.IO.Compression;
using ReportGen.Rendering.Docx;
using ReportGen.Tests.Build;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>Same bytes on every build; the submission layout; and a journal's reference document restyling the output.</summary>
public class DocxLayoutTests
{
    [Fact]
    public void TwoBuilds_GiveByteIdenticalDocx_WithEntriesInFixedOrderAndDatedByTheReview()
    {
        var first = BuiltReview.Build(RepoPaths.Data, RepoPaths.Templates);
        var second = BuiltReview.Build(RepoPaths.Data, RepoPaths.Templates);

        foreach (var name in new[] { "manuscript.docx", "table2.docx", "abbreviations.docx" })
        {
            Assert.True(first.Files[name].AsSpan().SequenceEqual(second.Files[name]), $"{name} differs between two builds");
            using var zip = new ZipArchive(new MemoryStream(first.Files[name]), ZipArchiveMode.Read);
            Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
            Assert.Equal(zip.Entries.Skip(1).Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Skip(1).Select(e => e.FullName));
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2024, 2, 29), e.LastWriteTime.DateTime));
        }
    }

    [Fact]
    public void SubmissionLayout_DoubleSpacesAndNumbersLinesInEverySection()
    {
        using var data = ReviewCopy.Shipped();
        File.AppendAllText(Path.Combine(data.Data, "review.csv"), "layout,submission\n");
        var build = BuiltReview.Build(data.Data, RepoPaths.Templates);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        using var docx = new DocxFile(build.Files["manuscript.docx"]);
        Assert.Equal(3, docx.Sections().Count);
        Assert.All(docx.Sections(), section =>
        {
            var numbering = section.GetFirstChild<LineNumberType>();
            Assert.NotNull(numbering);
            Assert.Equal(1, numbering.CountBy!.Value);
        });
        var normal = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleName!.Val == "Normal");
        Assert.Equal("480", normal.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        // No number is typed into the text: the text is the draft's.
        using var draft = new DocxFile(BuiltReview.Shipped.Files["manuscript.docx"]);
        Assert.Equal(draft.Text(), docx.Text());
        Assert.All(draft.Sections(), section => Assert.Null(section.GetFirstChild<LineNumberType>()));
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void UnknownLayout_IsAnErrorAtItsCell()
    {
        using var data = ReviewCopy.Shipped();
        File.AppendAllText(Path.Combine(data.Data, "review.csv"), "layout,double\n");
        var build = BuiltReview.Build(data.Data, RepoPaths.Templates);

        var error = Assert.Single(build.Diagnostics, d => d.Code == "RG503");
        Assert.Contains("the layout 'double' is neither 'draft' nor 'submission'", error.ToString());
        Assert.EndsWith("review.csv", error.File);
    }

    [Fact]
    public void ReferenceDocument_ItsStylesAndPageReplaceReportGensOwn_ByStyleName()
    {
        using var templates = ReviewCopy.Shipped();
        File.WriteAllBytes(Path.Combine(templates.Templates, ReferenceDocument.FileName), JournalTemplate());
        var build = BuiltReview.Build(RepoPaths.Data, templates.Templates);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        using var docx = new DocxFile(build.Files["manuscript.docx"]);
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        // The journal's German Word calls "heading 1" Überschrift1; the text uses that id and the journal's look.
        var heading = styles.Single(s => s.StyleName!.Val == "heading 1");
        Assert.Equal("berschrift1", heading.StyleId!.Value);
        Assert.Equal("Arial", heading.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Contains(docx.Body.Descendants<ParagraphStyleId>(), s => s.Val == "berschrift1");
        // Styles the journal lacks are ReportGen's own.
        Assert.Contains(styles, s => s.StyleName!.Val == "Table Text");
        // Its Letter paper and wide margins.
        var page = docx.Sections()[0].GetFirstChild<PageSize>()!;
        Assert.Equal((12240u, 15840u), (page.Width!.Value, page.Height!.Value));
        Assert.Equal(2160u, docx.Sections()[0].GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void ReferenceDocument_ThatIsNotAWordFile_IsAnError()
    {
        using var templates = ReviewCopy.Shipped();
        File.WriteAllText(Path.Combine(templates.Templates, ReferenceDocument.FileName), "not a zip");
        var build = BuiltReview.Build(RepoPaths.Data, templates.Templates);

        var error = Assert.Single(build.Diagnostics, d => d.Code == ReferenceDocument.UnreadableCode);
        Assert.EndsWith("templates/reference.docx", error.File);
        Assert.False(build.Succeeded);
    }

    /// <summary>A journal's template as Word would save it: a heading style with a localized id, and Letter paper.</summary>
    private static byte[] JournalTemplate()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Standard", Default = true },
                new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Standard" },
                    new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new Bold()))
                { Type = StyleValues.Paragraph, StyleId = "berschrift1" });
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
                new Paragraph(new Run(new Text("Journal template"))),
                new SectionProperties(new PageSize { Width = 12240, Height = 15840 },
                    new PageMargin { Top = 1440, Bottom = 1440, Left = 2160, Right = 2160, Header = 720, Footer = 720, Gutter = 0 })));
        }
        return stream.ToArray();
    }
}
