namespace ReportGen.Tests.Support;

/// <summary>
/// The shipped review built once by the command line for all end-to-end tests: the bytes every good build
/// must reproduce, and the "previous good out/" that failed and killed builds must leave as it was.
/// </summary>
public sealed class ShippedOutput : IDisposable
{
    private readonly ReviewCopy _workspace = ReviewCopy.Shipped();

    public ShippedOutput()
    {
        var result = _workspace.Run("build");
        if (result.ExitCode != 0) throw new InvalidOperationException("building the shipped review failed:\n" + result.Stderr);
        Hashes = FolderHashes.Of(Folder);
    }

    internal string Folder => _workspace.PathOf("out");

    internal string[] Hashes { get; }

    /// <summary>Gives a workspace the previous good output that a test's build must replace or keep.</summary>
    internal void CopyTo(string outputFolder) => ReviewCopy.CopyFolder(Folder, outputFolder);

    public void Dispose() => _workspace.Dispose();
}

/// <summary>
/// The end-to-end tests run one after another: each starts real builds, which on a small machine would
/// otherwise compete with each other for the processor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<ShippedOutput>
{
    public const string Name = "End to end";
}
