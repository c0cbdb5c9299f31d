using ReportGen.Tests.Build;
using ReportGen.Tests.Reviews;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>Word opens a file without a repair prompt when the SDK's validator finds nothing wrong in it.</summary>
public class DocxValidationTests
{
    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    [InlineData("abbreviations")]
    public void ShippedReview_EveryDocx_HasNoValidationErrors(string document) =>
        AssertValid(BuiltReview.Shipped, document);

    [Theory]
    [InlineData("manuscript")]
    [InlineData("table2")]
    [InlineData("abbreviations")]
    public void SecondReview_EveryDocx_HasNoValidationErrors(string document) =>
        AssertValid(ReviewTestFiles.Second, document);

    private static void AssertValid(BuiltReview build, string document)
    {
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        using var docx = new DocxFile(build.Files[document + ".docx"]);
        var errors = docx.ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
