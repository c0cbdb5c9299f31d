using System.Diagnostics.CodeAnalysis;

namespace ReportGen.Build;

/// <summary>A staged <see cref="OutputSet"/>'s files by name, each read from its folder when it is asked for.</summary>
/// <param name="folder">Where the files are; null once they were discarded, when the set is empty.</param>
internal sealed class FilesOnDisk(string? folder, IReadOnlyCollection<string> names) : IReadOnlyDictionary<string, byte[]>
{
    private readonly IReadOnlyCollection<string> _names = folder is null ? [] : names;

    public byte[] this[string key] =>
        ContainsKey(key) ? File.ReadAllBytes(Path.Combine(folder!, key)) : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _names;

    public IEnumerable<byte[]> Values => _names.Select(name => this[name]);

    public int Count => _names.Count;

    public bool ContainsKey(string key) => _names.Contains(key, StringComparer.Ordinal);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out byte[] value)
    {
        value = ContainsKey(key) ? this[key] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
        _names.Select(name => new KeyValuePair<string, byte[]>(name, this[name])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
