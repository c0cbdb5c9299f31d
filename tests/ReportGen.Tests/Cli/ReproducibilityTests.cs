using ReportGen.Tests.Build;

namespace ReportGen.Tests.Cli;

/// <summary>The same input gives the same bytes, wherever they are written; and a build only reads its input.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class ReproducibilityTests(ShippedOutput shipped)
{
    [Fact]
    public void Build_TwiceIntoTwoFolders_WritesIdenticalBytes()
    {
        using var workspace = ReviewCopy.Shipped();

        var first = workspace.Run("build", "--out", "first");
        var second = workspace.Run("build", "--out", "second");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var firstHashes = FolderHashes.Of(workspace.PathOf("first"));
        Assert.Equal(18, firstHashes.Length); // seventeen outputs and the folder's marker
        Assert.Equal(firstHashes, FolderHashes.Of(workspace.PathOf("second")));
        // And the same as a build in another folder at another time, and as the library's in-memory build.
        Assert.Equal(shipped.Hashes, firstHashes);
        Assert.Equal(FolderHashes.Of(BuiltReview.Shipped.Files),
            firstHashes.Where(line => !line.StartsWith(ReportGen.Build.OutputSet.MarkerFileName + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_LeavesItsDataAndTemplatesUnchanged()
    {
        using var workspace = ReviewCopy.Shipped();
        var data = FolderHashes.Of(workspace.PathOf("data"));
        var templates = FolderHashes.Of(workspace.PathOf("templates"));

        var result = workspace.Run("build");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(data, FolderHashes.Of(workspace.PathOf("data")));
        Assert.Equal(templates, FolderHashes.Of(workspace.PathOf("templates")));
        // The copies were whole to begin with, so "unchanged" was not checked on an empty folder.
        Assert.Equal(FolderHashes.Of(RepoPaths.Data), data);
        Assert.Equal(FolderHashes.Of(RepoPaths.Templates), templates);
    }
}
