using ReportGen.Diagnostics;

namespace ReportGen.Cli.Watch;

/// <summary>
/// What the preview shows: the pages of the last build that succeeded, and the problems of the last build if it
/// failed. Each change gets a new version, which the open pages are told about.
/// </summary>
public sealed class PreviewState
{
    private readonly Lock _lock = new();
    private IReadOnlyDictionary<string, byte[]> _pages = new Dictionary<string, byte[]>();
    private IReadOnlyList<Diagnostic> _problems = [];

    public int Version { get; private set; }

    /// <summary>Raised after every change, with the new version.</summary>
    public event Action<int>? Changed;

    public void Succeeded(IReadOnlyDictionary<string, byte[]> outputs)
    {
        lock (_lock)
        {
            _pages = outputs.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
            _problems = [];
            Version++;
        }
        Changed?.Invoke(Version);
    }

    public void Failed(IReadOnlyList<Diagnostic> problems)
    {
        lock (_lock)
        {
            _problems = problems;
            Version++;
        }
        Changed?.Invoke(Version);
    }

    public (IReadOnlyDictionary<string, byte[]> Pages, IReadOnlyList<Diagnostic> Problems, int Version) Snapshot()
    {
        lock (_lock) return (_pages, _problems, Version);
    }
}
