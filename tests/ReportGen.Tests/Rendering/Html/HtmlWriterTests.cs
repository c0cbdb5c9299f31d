using System.Text.RegularExpressions;
using ReportGen.Tests.Build;
using ReportGen.Tests.Reviews;

namespace ReportGen.Tests.Rendering.Html;

public class HtmlWriterTests
{
    public static TheoryData<string> Pages => ["manuscript.html", "table2.html", "abbreviations.html"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void ShippedReview_PagesAreWellFormedHtml5(string page)
    {
        var html = BuiltReview.Shipped.Text(page);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains("<html lang=\"en", html);
        Assert.Contains("<title>Campaigns disseminating clinical practice guidelines", html);
    }

    [Fact]
    public void Table2_IsAFigureWithItsCaptionHeaderRowsAndNote()
    {
        var html = BuiltReview.Shipped.Text("table2.html");

        var figure = Regex.Match(html, "<figure id=\"[^\"]+\" class=\"table landscape\">(?<body>.*?)</figure>", RegexOptions.Singleline);
        Assert.True(figure.Success, "Table 2 is not a figure with the table's id and classes.");
        var body = figure.Groups["body"].Value;
        Assert.Matches("^<figcaption>Table 2\\. Characteristics of the 24 included campaigns</figcaption>", body.TrimStart());
        Assert.Contains("<thead>", body);
        Assert.Equal(24, Regex.Count(body, "<tr>") - 1);
        Assert.Matches("<div class=\"table-notes\">\\s*<p>Abbreviations?", body);
    }

    [Fact]
    public void Manuscript_DrawsTheFigureAsInlineSvgWithItsCounts()
    {
        var html = BuiltReview.Shipped.Text("manuscript.html");

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<?xml", html);
        var drawing = Regex.Match(html, "<div class=\"figure-drawing\" role=\"img\" aria-label=\"PRISMA 2020 flow diagram\"><svg .*?</svg></div>", RegexOptions.Singleline);
        Assert.True(drawing.Success);
        Assert.Contains("(n = 1013)", drawing.Value);
        Assert.Contains("<figcaption>Figure 1.", html);
    }

    [Fact]
    public void HostileCells_StayText()
    {
        using var data = ReviewCopy.Shipped();
        const string script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        data.SetCell("data/campaigns.csv", "ammendolia2004", "name", script);
        data.SetCell("data/campaigns.csv", "cheng2017", "name", "[click](javascript:alert(3)) <https://x.example/a>");

        var build = BuiltReview.Build(data.Data, RepoPaths.Templates);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var html = build.Text("table2.html");
        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:alert(3)\"", html);
        Assert.Contains("[click](javascript:alert(3))", html);
    }

    [Fact]
    public void RawHtmlInATemplate_IsShownAsText_AndUnsafeLinksLeadNowhere()
    {
        var diagnostics = new ReportGen.Diagnostics.DiagnosticBag();
        var document = DocumentReader.Read("doc", "A <b onclick=\"x()\">tag</b> and [a link](javascript:alert(1)) and [web](https://example.org/).\n\n<div>block</div>\n", "doc.sbn", diagnostics)!;

        var html = new ReportGen.Rendering.Html.HtmlWriter(new ReportGen.Rendering.WriterSettings(
            new Dictionary<string, string>(), "", "", new ReportGen.Rendering.Pdf.PdfOptions())).Page(document);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains("&lt;b onclick=&quot;x()&quot;&gt;tag&lt;/b&gt;", html);
        Assert.Contains("<a href=\"#\">a link</a>", html);
        Assert.Contains("<a href=\"https://example.org/\">web</a>", html);
        Assert.Contains("<pre class=\"raw-html\">&lt;div&gt;block&lt;/div&gt;", html);
    }

    [Fact]
    public void SecondReview_PagesAreWellFormed()
    {
        var build = BuiltReview.Build(ReviewTestFiles.SecondReview, RepoPaths.Templates);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.All(build.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)),
            page => Assert.Empty(HtmlStructure.Problems(build.Text(page))));
    }
}
