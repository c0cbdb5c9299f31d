namespace ReportGen.Tests.Build;

public class ShippedReviewBuildTests
{
    [Fact]
    public void Build_OfShippedReview_WritesEveryDocumentInEveryFormatAndTheFigure()
    {
        var build = BuiltReview.Shipped;

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        string[] expected =
        [
            "abbreviations.md", "abbreviations.pdf", "abbreviations.tex", "manuscript.md", "manuscript.pdf", "manuscript.tex",
            "prisma.pdf", "prisma.svg", "table2.md", "table2.pdf", "table2.tex",
        ];
        Assert.Equal(expected, build.Files.Keys);
    }
}
