using Svg.Skia;
using System.Xml.Linq;
using ReportGen.Rendering.Fonts;
using ReportGen.Rendering.Svg;
using ReportGen.Tests.Prisma;

namespace ReportGen.Tests.Rendering.Svg;

public class PrismaSvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Write(string flowFile, ITextMeasurer? measurer = null) =>
        PrismaSvgWriter.Write(PrismaLayoutTests.Figure(flowFile, measurer ?? new FakeTextMeasurer()));

    private static List<string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Theory]
    [InlineData("(n = 1013)")]
    [InlineData("(n = 74)")]
    [InlineData("(n = 1087)")]
    [InlineData("(n = 6)")]
    [InlineData("(n = 26)")]
    public void Write_ReviewFlow_ShowsEveryCountAsText(string count)
    {
        Assert.Contains(Texts(Write("review-flow.csv")), t => t.Contains(count, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ReviewFlow_SaysWhichCountsAreNotReported()
    {
        var texts = Texts(Write("review-flow.csv"));
        Assert.Contains("Records screened", texts);
        Assert.Contains("(n not reported)", texts);
    }

    [Fact]
    public void Write_EscapesNamesFromData()
    {
        var svg = Write("all-arms.csv");
        Assert.Contains("MEDLINE &lt;script&gt;&amp;&quot;x", svg);
        Assert.DoesNotContain("<script", svg);
        Assert.Contains(Texts(svg), t => t.Contains("MEDLINE <script>&\"x", StringComparison.Ordinal));
    }

    [Fact]
    public void Escape_EscapesEveryMarkupCharacter()
    {
        Assert.Equal("a&amp;b&lt;c&gt;d&quot;e&apos;f", SvgText.Escape("a&b<c>d\"e'f\u0001"));
    }

    [Fact]
    public void Write_IsValidSvgInPointsWithTheMeasurersFont()
    {
        var root = XDocument.Parse(Write("all-arms.csv")).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.EndsWith("pt", root.Attribute("width")!.Value);
        Assert.Matches(@"^0 0 [0-9.]+ [0-9.]+$", root.Attribute("viewBox")!.Value);
        Assert.Equal($"{root.Attribute("width")!.Value[..^2]}", root.Attribute("viewBox")!.Value.Split(' ')[2]);
        Assert.Equal("Fake Serif, serif", root.Attribute("font-family")!.Value);
        Assert.Equal(3, root.Descendants(Svg + "text").Count(t => t.Attribute("transform")?.Value.StartsWith("rotate(-90") == true));
        Assert.Equal(root.Descendants(Svg + "polyline").Count(), root.Descendants(Svg + "polygon").Count());
    }

    [Fact]
    public void Write_LoadsInSvgSkia()
    {
        using var svg = new SKSvg();
        var picture = svg.FromSvg(Write("review-flow.csv"));
        Assert.NotNull(picture);
        Assert.True(picture.CullRect.Width > 100);
    }

    [Fact]
    public void Write_TwiceFromTheSameInput_GivesTheSameBytes()
    {
        var fonts = FontLocator.FindSerif();
        Assert.NotNull(fonts);
        using var measurer = new SkiaTextMeasurer(fonts);
        var first = Write("all-arms.csv", measurer);
        var second = Write("all-arms.csv", measurer);
        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }
}
