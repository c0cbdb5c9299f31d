using ReportGen.Tests.Rendering.Latex;

namespace ReportGen.Tests.Support;

/// <summary>
/// The two LaTeX documents that carry Table 2 (manuscript.tex and table2.tex), with prisma.pdf beside them as the
/// build writes it, compiled by one engine in a folder of their own.
/// </summary>
internal sealed class CompiledLatex
{
    public static readonly string[] Documents = ["manuscript", "table2"];

    private readonly string _folder;
    private readonly Dictionary<string, string> _logs;

    private CompiledLatex(string folder, Dictionary<string, string> logs)
    {
        _folder = folder;
        _logs = logs;
    }

    public static CompiledLatex Compile(string engine, IReadOnlyDictionary<string, byte[]> files, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in Documents.Select(d => d + ".tex").Append("prisma.pdf"))
            File.WriteAllBytes(Path.Combine(folder, name), files[name]);
        return new CompiledLatex(folder, Documents.ToDictionary(d => d, d => TexTools.Compile(engine, folder, d + ".tex")));
    }

    public string Log(string document) => _logs[document];

    public string Tex(string document) => File.ReadAllText(Path.Combine(_folder, document + ".tex"));

    public string Pdf(string document) => Path.Combine(_folder, document + ".pdf");
}
