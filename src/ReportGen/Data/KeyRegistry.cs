using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// The ids one file defines, in file order, for duplicate checks and for checking references to them.
/// <see cref="IsUsable"/> is false when the file could not be read: references to it are then not checked,
/// so one broken file does not bury the user in follow-on errors.
/// </summary>
internal sealed class KeyRegistry(string fileName, string noun, bool isUsable = true)
{
    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    public string FileName => fileName;
    public string Noun => noun;
    public bool IsUsable => isUsable;
    public IReadOnlyList<string> Keys => _keys;

    public bool Contains(string key) => _firstLine.ContainsKey(key);

    /// <returns>False (reported) when the key was already defined.</returns>
    public bool Add(string key, DataRow row, CsvCell cell)
    {
        if (_firstLine.TryGetValue(key, out var firstLine))
        {
            row.Error(cell, DataCodes.DuplicateId, $"{noun} '{key}' is defined twice (first on line {firstLine})",
                $"Give each {noun} its own id, or merge the two rows.");
            return false;
        }
        AddQuietly(key, row.Line);
        return true;
    }

    /// <returns>False (reported at <paramref name="at"/>) when the key was already defined.</returns>
    public bool Add(string key, Model.SourceRef at, DiagnosticBag diagnostics)
    {
        if (_firstLine.TryGetValue(key, out var firstLine))
        {
            diagnostics.Error(at.File, at.Line, at.Column, DataCodes.DuplicateId, $"{noun} '{key}' is defined twice (first on line {firstLine})",
                $"Give each {noun} its own id, or merge the two {(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "rows" : "entries")}.");
            return false;
        }
        AddQuietly(key, at.Line);
        return true;
    }

    /// <summary>Records a key from a row that is broken in another way, so references to it are not reported too.</summary>
    public void AddQuietly(string key, int line)
    {
        if (key.Length == 0 || !_firstLine.TryAdd(key, line)) return;
        _keys.Add(key);
    }
}
