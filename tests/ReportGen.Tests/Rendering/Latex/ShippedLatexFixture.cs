using ReportGen.Tests.Build;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>The shipped review's LaTeX compiled once per engine for a test class (each engine only when first asked for).</summary>
public sealed class ShippedLatexFixture : IDisposable
{
    private static readonly string[] Engines = ["pdflatex", "lualatex"];

    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-latex-shipped-").FullName;
    private readonly Dictionary<string, Lazy<CompiledLatex>> _engines;

    public ShippedLatexFixture()
    {
        // Lazy keeps a failed compile's exception, so every test of that engine reports the same failure.
        _engines = Engines.ToDictionary(engine => engine, engine => new Lazy<CompiledLatex>(() =>
        {
            var build = BuiltReview.Shipped;
            Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
            return CompiledLatex.Compile(engine, build.Files, Path.Combine(_root, engine));
        }));
    }

    internal CompiledLatex For(string engine) => _engines[engine].Value;

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
