using CsCheck;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;
using ReportGen.Rendering.Latex;
using ReportGen.Templating;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Fuzzes the template engine with templates made of Scriban syntax, hostile text and the model's names in random
/// order, and sends whatever they write through the Markdown and LaTeX writers. Every template must render or give
/// errors at a line of its own file, in bounded time; the writers must take every Markdown that passes the nesting check.
/// </summary>
public sealed class TemplateFuzzTests : IDisposable
{
    private static readonly TemplateLimits Limits = new()
    {
        LoopIterations = 2000, OutputCharacters = 50_000, StringCharacters = 50_000, Time = TimeSpan.FromSeconds(1),
        RegexTime = TimeSpan.FromSeconds(0.2),
    };

    private static readonly string[] Syntax =
    [
        "{{ ", " }}", "{{~ ", " ~}}", "{{ end }}", " end ", "; ", "\n", " for c in campaigns ", " for i in 1..", " for r in resources ",
        "{{ if ", " else ", " while true ", "{{ func f; ", " ret ", " f ", " f(1) ", "{{ capture x }}", " x ",
        " include 'partials/p.sbn' ", " include '../secret.txt' ", " include '/etc/passwd' ", " object.eval_template ",
        "(", ")", "[", "]", " | ", " array.reverse ", " array.add_range ", " array.map 'name' ", " string.pad_left ",
        " regex.replace ", " cite ", " join_list ", " percent ", " number_words ", " plural ", " reference_list ",
        " most_counted ", " '", "'", "\"", " + ", " * ", "..", " == ", " != ", " = ", " 100000 ", " -1 ", " 0 ", " 3 ",
        " review.title ", " campaigns[0].name ", " campaigns.size ", " c.name ", " c.purpose ", " flow.included ",
        " by.country ", " methods[0].label ", " null ", " true ", " GetType ", " import ", " # ", "{{ raw }}", "{{ end }}",
    ];

    private static readonly Gen<string> Template = Gen.Frequency(
            (5, Gen.OneOf(Syntax)), (2, Gen.OneOf(HostileText.Pieces)), (1, Gen.String[Gen.Char['a', 'z'], 1, 6]),
            // Now and then a word longer than any line, or a loop that repeats one without a space.
            (1, Gen.Frequency((20, Gen.Const("")), (1, Gen.Int[4_900, 5_200].Select(n => new string('w', n))),
                (1, Gen.Const("{{ for i in 1..700 }}wwwwwwww{{ end }}")))))
        .Array[1, 40]
        .Select(string.Concat);

    private readonly TemplateFolder _templates = new();
    private readonly ITestOutputHelper _output;
    private readonly Fuzz _fuzz;
    private int _rendered;
    private int _refused;

    public TemplateFuzzTests(ITestOutputHelper output)
    {
        _output = output;
        _fuzz = new Fuzz(output);
        _templates.Write("partials/p.sbn", "{{ review.title }} and **partial** text");
    }

    public void Dispose() => _templates.Dispose();

    [Fact]
    public void Every_template_renders_or_gives_errors_at_its_lines_and_its_output_can_be_written()
    {
        _fuzz.Run("template engine", Template, ciCases: 1500, template =>
        {
            // Each case its own file, so cases running after a hung one cannot overwrite it.
            var name = $"t{Guid.NewGuid():N}.sbn";
            _templates.Write(name, template);
            var (markdown, diagnostics) = _templates.Render(name, Limits);
            Assert.True(markdown is not null || diagnostics.Length > 0, "no output, yet no error says why");
            var lines = template.ReplaceLineEndings("\n").Split('\n').Length;
            foreach (var d in diagnostics)
            {
                var match = System.Text.RegularExpressions.Regex.Match(d, @"^templates/(t[0-9a-f]{32}\.sbn|partials/p\.sbn):(\d+):(\d+): error RG2[02]\d: ");
                Assert.True(match.Success, $"not an error at a template's line and column: {d}");
                if (match.Groups[1].Value == name) Assert.InRange(int.Parse(match.Groups[2].Value), 1, lines);
            }
            if (markdown is null)
            {
                Interlocked.Increment(ref _refused);
                return;
            }
            Interlocked.Increment(ref _rendered);
            if (MarkdownDocumentParser.TooDeeplyNestedAt(markdown) is not null) return;
            var tree = MarkdownDocumentParser.Parse(markdown);
            // The build refuses a document with a paragraph or word over the caps before any writer sees it.
            if (!TextRunLimits.Check(tree, "t.md", name, new DiagnosticBag())) return;
            GithubMarkdownWriter.Write(tree);
            var bag = new DiagnosticBag();
            LatexWriter.WriteBody(tree, bag, "t.md");
            Assert.All(bag.Items, d => Assert.Equal("t.md", d.File));
        }, HostileText.Describe);
        _output.WriteLine($"{_rendered} templates rendered, {_refused} were refused with errors");
        Assert.True(_rendered > 0 && _refused > 0);
    }

    private static readonly Gen<byte[]> BadBytes = Gen.OneOf<byte[]>([0], [0xFF], [0xE9, 0x20], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80]);

    /// <summary>A template with bytes that are not UTF-8 text, put anywhere, including inside a {{ … }}.</summary>
    private static readonly Gen<(string Template, byte[] Bytes)> Damaged =
        Gen.Select(Template, Gen.Double[0, 1], BadBytes, (template, where, bad) =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(template);
            var at = (int)(bytes.Length * where);
            return (template, (byte[])[.. bytes[..at], .. bad, .. bytes[at..]]);
        });

    [Fact]
    public void Every_template_with_bytes_that_are_not_text_is_refused_at_a_line_of_its_own()
    {
        _fuzz.Run("template bytes", Damaged, ciCases: 300, input =>
        {
            var name = $"t{Guid.NewGuid():N}.sbn";
            File.WriteAllBytes(Path.Combine(_templates.Folder, name), input.Bytes);
            var (markdown, diagnostics) = _templates.Render(name, Limits);
            Assert.Null(markdown);
            var error = Assert.Single(diagnostics);
            var match = System.Text.RegularExpressions.Regex.Match(error, $@"^templates/{name}:(\d+):(\d+): error RG22[12]: ");
            Assert.True(match.Success, $"not an encoding error at a line and column of the template: {error}");
            var lines = System.Text.Encoding.Latin1.GetString(input.Bytes).ReplaceLineEndings("\n").Count(c => c == '\n') + 1;
            Assert.InRange(int.Parse(match.Groups[1].Value), 1, lines);
        }, input => HostileText.Describe(input.Template));
    }
}
