namespace ReportGen.Tests.Support;

/// <summary>
/// A build's outputs written into a fresh temporary folder, as <c>reportgen build</c> lays them out, for the
/// tools that read files (TeX). The folder is deleted on dispose.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public OutputFolder(IReadOnlyDictionary<string, byte[]> files)
    {
        Path = Directory.CreateTempSubdirectory("reportgen-formats-").FullName;
        foreach (var (name, bytes) in files) File.WriteAllBytes(this[name], bytes);
    }

    public string Path { get; }

    /// <summary>The full path of a file in the folder.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
