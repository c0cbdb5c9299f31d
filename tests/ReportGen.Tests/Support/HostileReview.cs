using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Support;

/// <summary>
/// The small valid review (TestFiles/Data/valid) with the hostile cells of TestFiles/Formats/hostile laid over it,
/// built in memory with the shipped templates; its LaTeX is compiled with pdflatex when first asked for.
/// </summary>
public sealed class HostileReview : IDisposable
{
    /// <summary>What the hostile cells must hold between them, both in Table 2 and in the manuscript's prose.</summary>
    public static readonly string[] Fragments =
    [
        @"\input{/etc/passwd}", @"\write18{rm -rf /}", @"\def\x{y}", "$x^2$ & 100% #1 ~ _ { }", "--", "---",
        "\u201c", "\u201d", "\u2018", "\u2019", "\u2265", "\u2010", "\u00f6",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-hostile-").FullName;
    private readonly Lazy<CompiledLatex> _pdflatex;

    public HostileReview()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        foreach (var folder in new[] { Path.Combine("Data", "valid"), Path.Combine("Formats", "hostile") })
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestFiles", folder)))
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)), overwrite: true);

        var diagnostics = new DiagnosticBag();
        Review = ReviewLoader.Load(data, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        Build = BuiltReview.Build(data, RepoPaths.Templates);
        _pdflatex = new(() =>
        {
            Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
            return CompiledLatex.Compile("pdflatex", Build.Files, Path.Combine(_root, "pdflatex"));
        });
    }

    internal Review Review { get; }

    internal BuiltReview Build { get; }

    internal CompiledLatex Pdflatex => _pdflatex.Value;

    private static readonly string[] ShownFields = ["name", "purpose", "duration", "key_message"];

    /// <summary>Cells that Table 2 shows as they are.</summary>
    public IReadOnlyList<string> TableCells =>
        Review.Campaigns.SelectMany(c => ShownFields.Select(f => c.Cells[f].Text)).Where(t => t.Length > 0).ToList();

    /// <summary>Cells that the manuscript's prose shows as they are: the review's title and the reference titles.</summary>
    public IReadOnlyList<string> ProseCells => Review.Resources.Select(r => r.Title).Append(Review.Info.Get("title")).ToList();

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
