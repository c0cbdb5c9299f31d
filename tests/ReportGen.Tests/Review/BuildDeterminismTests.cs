using ReportGen.Tests.Build;

namespace ReportGen.Tests.Reviews;

/// <summary>The same data and templates give the same bytes in every output (PDF dates come from review.csv).</summary>
public class BuildDeterminismTests
{
    public static TheoryData<string> DataFolders => new() { RepoPaths.Data, ReviewTestFiles.SecondReview };

    [Theory]
    [MemberData(nameof(DataFolders))]
    public void Build_TwiceInMemory_GivesIdenticalBytesForEveryOutput(string dataFolder)
    {
        var first = BuiltReview.Build(dataFolder, RepoPaths.Templates);
        var second = BuiltReview.Build(dataFolder, RepoPaths.Templates);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(18, first.Files.Count);
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(second.Files[file.Key]), $"{file.Key} differs between two builds"));
    }
}
