using ReportGen.Diagnostics;
using ReportGen.Templating;
using Scriban.Runtime;

namespace ReportGen.Tests.Templating;

/// <summary>A large review's values (Table 2's rows) are longer than a million characters and must be written whole.</summary>
public sealed class LongValueTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportgen-long-value-");

    [Fact]
    public void A_value_longer_than_a_million_characters_is_written_whole()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "doc.sbn"), "{{ rows }}|end");
        var rows = string.Concat(Enumerable.Repeat("| a row of Table 2 |\n", 60_000));
        var globals = new ScriptObject { ["rows"] = new ReportGen.Templating.Functions.MarkdownText(rows) };
        var diagnostics = new DiagnosticBag();

        var output = new TemplateEngine(_folder.FullName, "templates", TemplateLimits.Default).Render("doc.sbn", globals, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(rows + "|end", output);
    }

    [Fact]
    public void A_value_over_the_output_limit_is_an_error_not_a_cut()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "doc.sbn"), "{{ text }}");
        var limits = new TemplateLimits { OutputCharacters = 1000, StringCharacters = 1000 };
        var globals = new ScriptObject { ["text"] = new string('x', 5000) };
        var diagnostics = new DiagnosticBag();

        var output = new TemplateEngine(_folder.FullName, "templates", limits).Render("doc.sbn", globals, diagnostics);

        Assert.Null(output);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == TemplateCodes.LimitExceeded);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
