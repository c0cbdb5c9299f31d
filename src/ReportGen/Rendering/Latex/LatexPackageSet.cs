namespace ReportGen.Rendering.Latex;

/// <summary>The packages a body has used so far. Each name is loaded once, with the options of its first use.</summary>
internal sealed class LatexPackageSet
{
    private readonly Dictionary<string, LatexPackage> _byName = new(StringComparer.Ordinal);

    public void Use(string name, string options = "") => _byName.TryAdd(name, new LatexPackage(name, options));

    /// <summary>
    /// Alphabetical, except that hyperref comes last: it redefines commands of other packages
    /// and its manual asks to be loaded after them.
    /// </summary>
    public IReadOnlyList<LatexPackage> InLoadOrder() =>
        _byName.Values
            .OrderBy(p => p.Name == "hyperref" ? 1 : 0)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
}
