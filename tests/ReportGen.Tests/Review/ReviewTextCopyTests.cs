namespace ReportGen.Tests.Reviews;

/// <summary>
/// The published review text the tests check against is kept in the repository, so that a clone alone can run them;
/// it must be the specification's text, and hold the sentences those tests read.
/// </summary>
public class ReviewTextCopyTests
{
    [Fact]
    public void ReviewTextCopy_HoldsTheSentencesTheTestsRead_AndEqualsTheSpecificationWhereItIsAtHand()
    {
        var copy = File.ReadAllText(RepoPaths.ReviewText);

        Assert.Contains("The campaigns included were conducted in", copy);
        Assert.Contains("that did not fit the method categories", copy);
        if (File.Exists(RepoPaths.SpecReviewText)) Assert.Equal(File.ReadAllText(RepoPaths.SpecReviewText), copy);
    }
}
