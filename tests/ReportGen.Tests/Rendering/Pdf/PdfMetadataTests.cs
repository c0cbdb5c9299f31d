using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Rendering;
using ReportGen.Tests.Build;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>What a PDF reader shows besides the pages: document information, language, bookmarks and links.</summary>
public class PdfMetadataTests
{
    private static readonly string[] InfoKeys = ["title", "authors", "subject", "keywords", "language"];

    public static TheoryData<string> AllPdfs => ["manuscript.pdf", "table2.pdf", "abbreviations.pdf", "prisma.pdf"];

    private static readonly Lazy<ReviewInfo> Info = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return (ReviewLoader.Load(RepoPaths.Data, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()))).Info;
    });

    private static PdfDocument Open(string name) => PdfDocument.Open(BuiltReview.Shipped.Files[name]);

    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Information_ComesFromReviewCsv(string name)
    {
        using var document = Open(name);
        var info = document.Information;

        Assert.All(InfoKeys, key => Assert.NotEqual("", Info.Value.Get(key)));
        Assert.Equal(Info.Value.Get("title"), info.Title);
        Assert.Equal(Info.Value.Get("authors"), info.Author);
        Assert.Equal(Info.Value.Get("subject"), info.Subject);
        Assert.Equal(Info.Value.Get("keywords"), info.Keywords);
        Assert.Equal("ReportGen", info.Creator);
        Assert.Equal("D:" + Info.Value.Get("date").Replace("-", "") + "000000+00'00'", info.CreationDate);
        Assert.Equal(Info.Value.Get("language"), PdfStructure.Language(document));
    }

    /// <summary>One bookmark per heading of manuscript.md, in order and nested by level.</summary>
    [Fact]
    public void Manuscript_OutlineIsTheHeadings()
    {
        var headings = MarkdownDocumentParser.Parse(BuiltReview.Shipped.Text("manuscript.md")).Descendants<HeadingBlock>()
            .Select(h => (h.Level - 1, VisibleText.Of(h).Trim())).ToList();
        using var document = Open("manuscript.pdf");

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var outline = bookmarks.GetNodes().Select(n => (n.Level, n.Title)).ToList();

        Assert.True(headings.Count > 10);
        Assert.Equal(headings, outline);
    }

    /// <summary>Every link of manuscript.md (the DOIs of the reference list) is a live link annotation in the PDF.</summary>
    [Fact]
    public void Manuscript_LinksAreRealLinks()
    {
        var urls = MarkdownDocumentParser.Parse(BuiltReview.Shipped.Text("manuscript.md")).Descendants<LinkInline>()
            .Where(l => !l.IsImage).Select(l => l.Url ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        using var document = Open("manuscript.pdf");

        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(urls.Count > 10);
        Assert.Equal(urls, links);
    }
}
