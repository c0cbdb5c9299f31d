using System.Reflection;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes against the source and the tests: every code the source can emit is
/// catalogued and declared once, every catalogued code is emitted and tested, and docs/diagnostics.md is what the
/// catalogue generates.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static readonly HashSet<string> Catalogued = [.. DiagnosticCatalogue.All.Select(d => d.Code)];

    /// <summary>Every quoted code in the C# source, with the file it is in.</summary>
    private static List<(string Code, string File)> CodesInSource() =>
        [.. SourceFiles("src", "*.cs").SelectMany(file => QuotedCode().Matches(File.ReadAllText(file)).Select(m => (m.Groups[1].Value, file)))];

    [Fact]
    public void The_catalogue_holds_every_code_and_each_entry_explains_it()
    {
        Assert.True(DiagnosticCatalogue.All.Count >= 88, $"only {DiagnosticCatalogue.All.Count} codes are catalogued");
        Assert.Equal(DiagnosticCatalogue.All.Count, Catalogued.Count);
        Assert.All(DiagnosticCatalogue.All, d =>
        {
            Assert.Matches(@"^RG\d{3}$", d.Code);
            Assert.False(d.Title.EndsWith('.'), $"{d.Code}: a title is not a sentence");
            Assert.All(new[] { d.Meaning, d.Example, d.Fix }, text => Assert.EndsWith(".", text));
        });
    }

    [Fact]
    public void Every_code_the_source_emits_is_catalogued()
    {
        Assert.Empty(CodesInSource().Where(c => !Catalogued.Contains(c.Code)).Select(c => $"{c.Code} in {c.File}"));
    }

    [Fact]
    public void Every_catalogued_code_is_declared_exactly_once_in_the_source()
    {
        var declared = CodesInSource().GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.Select(c => Path.GetFileName(c.File)).ToList());
        Assert.All(Catalogued, code =>
        {
            Assert.True(declared.TryGetValue(code, out var files), $"{code} is catalogued but the source never emits it");
            Assert.True(files.Count == 1, $"{code} is written {files.Count} times, in {string.Join(", ", files)}; declare it once and refer to it");
        });
    }

    [Fact]
    public void Every_catalogued_code_is_exercised_by_a_test()
    {
        // A test names a code either as text (RG035) or by the constant that declares it (DataCodes.UnknownValue).
        var constants = typeof(DiagnosticBag).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.GetRawConstantValue() is string value && Catalogued.Contains(value))
                .Select(f => (Code: (string)f.GetRawConstantValue()!, Name: $"{type.Name}.{f.Name}")))
            .ToLookup(c => c.Code, c => c.Name);
        // Golden files count too: the LaTeX writer's hold the diagnostics of their input as comments.
        var tests = string.Join('\n', SourceFiles("tests", "*.*")
            .Where(file => Path.GetFileName(file) != $"{nameof(DiagnosticCatalogueTests)}.cs")
            .Select(File.ReadAllText));

        var untested = Catalogued.Where(code => !tests.Contains(code, StringComparison.Ordinal) && !constants[code].Any(name => tests.Contains(name, StringComparison.Ordinal)));

        Assert.Empty(untested);
    }

    [Fact]
    public void Every_code_the_readmes_mention_is_catalogued()
    {
        var readmes = SourceFiles(".", "README.md").Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bench{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var mentioned = readmes.SelectMany(file => Code().Matches(File.ReadAllText(file)).Select(m => (m.Value, file)));

        Assert.Empty(mentioned.Where(m => !Catalogued.Contains(m.Value)).Select(m => $"{m.Value} in {m.file}"));
    }

    [Fact]
    public void Docs_diagnostics_md_is_generated_from_the_catalogue()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");
        var expected = DiagnosticCatalogue.ToMarkdown();
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
        Assert.All(DiagnosticCatalogue.All, d => Assert.Contains($"\n## {d.Code}\n", expected));
    }

    [Theory]
    [InlineData("RG001 error: A title\n  meaning: What it means.\n  fix: How to fix it.\n", "RG001 has no 'example:' line")]
    [InlineData("RG001 fatal: A title\n", "a line it cannot read: 'RG001 fatal: A title'")]
    [InlineData("RG001 error: A title\n  meaning: M.\n  example: E.\n  fix: F.\nstray text\n", "a line it cannot read: 'stray text'")]
    public void A_malformed_catalogue_is_refused_with_the_line_at_fault(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => DiagnosticCatalogue.Parse(text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Continuation_lines_join_their_field()
    {
        var entry = Assert.Single(DiagnosticCatalogue.Parse("# comment\nRG001 warning: T\n  meaning: One\n    two.\n  example: E.\n  fix: F.\n"));
        Assert.Equal(new DiagnosticDescriptor("RG001", Severity.Warning, "T", "One two.", "E.", "F."), entry);
    }

    [GeneratedRegex(@"""(RG\d{3})""")]
    private static partial Regex QuotedCode();

    [GeneratedRegex(@"\bRG\d{3}\b")]
    private static partial Regex Code();
}
