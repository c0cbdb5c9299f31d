using ReportGen.Tests.Build;

namespace ReportGen.Tests.Support;

/// <summary>The shipped review's outputs in a temporary folder for a test class, for the tools that read files.</summary>
public sealed class ShippedOutputFolder : IDisposable
{
    private readonly Lazy<OutputFolder> _folder = new(() =>
    {
        Assert.True(BuiltReview.Shipped.Succeeded, string.Join("\n", BuiltReview.Shipped.Diagnostics));
        return new OutputFolder(BuiltReview.Shipped.Files);
    });

    /// <summary>The full path of one output file.</summary>
    public string this[string name] => _folder.Value[name];

    public void Dispose()
    {
        if (_folder.IsValueCreated) _folder.Value.Dispose();
    }
}
