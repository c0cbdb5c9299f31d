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
            "abbreviations.docx", "abbreviations.html", "abbreviations.md", "abbreviations.pdf", "abbreviations.tex", "claims.json",
            "manuscript.docx", "manuscript.html", "manuscript.md", "manuscript.pdf", "manuscript.tex",
            "prisma.pdf", "prisma.svg", "table2.docx", "table2.html", "table2.md", "table2.pdf", "table2.tex",
        ];
        Assert.Equal(expected, build.Files.Keys);
    }

    [Fact]
    public void LatexPreamble_HidesLinkBoxesOnlyWhereTheBodyHasLinks()
    {
        var manuscript = BuiltReview.Shipped.Text("manuscript.tex");
        var abbreviations = BuiltReview.Shipped.Text("abbreviations.tex");

        Assert.Contains("\\usepackage{hyperref}\n\\hypersetup{hidelinks}\n", manuscript);
        Assert.DoesNotContain("hyperref", abbreviations);
        Assert.DoesNotContain("hypersetup", abbreviations);
    }
}
