using System.Text;
using ReportGen.Tests.Build;
using ReportGen.Tests.Rendering.Markdown;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// The Markdown outputs of the shipped review, byte for byte, so any change to data, templates or the writer shows
/// up as a reviewable diff. After an intended change, run
/// <c>REPORTGEN_UPDATE_GOLDEN=1 dotnet test --filter ShippedReviewGoldenTests</c>: it rewrites the expected files in
/// tests/ReportGen.Tests/TestFiles/Review/golden/ in the source tree instead of comparing; review the diff and commit.
/// </summary>
public class ShippedReviewGoldenTests
{
    [Theory]
    [InlineData("manuscript.md")]
    [InlineData("table2.md")]
    [InlineData("abbreviations.md")]
    public void Output_MatchesGoldenFile(string name)
    {
        var actual = BuiltReview.Shipped.Files[name];

        if (GoldenFiles.UpdateRequested)
        {
            File.WriteAllBytes(Path.Combine(ReviewTestFiles.SourceFolder(), ReviewTestFiles.Golden, name), actual);
            return;
        }
        var expected = File.ReadAllBytes(Path.Combine(ReviewTestFiles.OutputFolder, ReviewTestFiles.Golden, name));
        // Text first, so a failure shows where the documents differ; then bytes, for encoding and line endings.
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }
}
