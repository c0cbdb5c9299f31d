using System.Text.RegularExpressions;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>
/// Every package the LaTeX output can load is installed where the tests compile it: a missing one is named here in
/// one line (with kpsewhich), not found later in a compile log.
/// </summary>
public partial class LatexPackagesTests
{
    /// <summary>The preamble template's own \usepackage lines and every package the writer's renderers can ask for.</summary>
    internal static IReadOnlyList<string> EveryPackage()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Templates, "latex-preamble.sbn"));
        var fromTemplate = UsePackage().Matches(template).SelectMany(m => m.Groups["names"].Value.Split(','));
        var writerSources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "ReportGen", "Rendering", "Latex"), "*.cs", SearchOption.AllDirectories);
        var fromWriter = writerSources.SelectMany(file => PackagesUse().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value));
        return fromTemplate.Concat(fromWriter).Select(name => name.Trim()).Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void EveryPackage_FindsTheTemplatesAndTheWritersPackages()
    {
        var packages = EveryPackage();

        Assert.Contains("babel", packages);
        Assert.Contains("geometry", packages);
        Assert.Contains("longtable", packages);
        Assert.Contains("ulem", packages);
        Assert.Contains("hyperref", packages);
    }

    [Fact]
    public void EveryPackage_IsInstalled()
    {
        var kpsewhich = ExternalTool.Require("kpsewhich", "texlive-latex-base");
        var folder = Directory.CreateTempSubdirectory("reportgen-kpsewhich-").FullName;
        try
        {
            var missing = EveryPackage()
                .Where(package => TexTools.Run(kpsewhich, folder, package + ".sty").Output.Trim().Length == 0)
                .ToList();

            Assert.True(missing.Count == 0,
                $"LaTeX packages not installed: {string.Join(", ", missing)} (on Debian, `apt-file search` names the texlive package of each).");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [GeneratedRegex(@"\\usepackage(\[[^\]]*\])?\{(?<names>[^}{]+)\}")]
    private static partial Regex UsePackage();

    [GeneratedRegex(@"Packages\.Use\(""(?<name>[^""]+)""")]
    private static partial Regex PackagesUse();
}
