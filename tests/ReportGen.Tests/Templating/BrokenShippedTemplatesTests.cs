using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Templating;
using ReportGen.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Whole builds of the shipped data with a copy of the shipped templates in which one file is broken: each build
/// ends with an error at the broken file's line and column (or, for Markdown that is merely odd, with outputs),
/// never with an exception.
/// </summary>
public sealed class BrokenShippedTemplatesTests : IDisposable
{
    private readonly ReviewCopy _templates = ReviewCopy.Shipped();

    public void Dispose() => _templates.Dispose();

    /// <summary>The loop limit of the shipped review's templates: the base limit and an allowance for its data.</summary>
    private static int ShippedLoopLimit =>
        TemplateLimits.For(ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!.Size).LoopIterations;

    [Theory]
    [InlineData("{{ include '../../etc/passwd' }}", 3, "error RG202: include '../../etc/passwd' points outside the templates folder or through a symbolic link; templates may only include real files inside it.")]
    [InlineData("{{ include '/etc/passwd' }}", 3, "error RG202: include '/etc/passwd' is not allowed: name a file inside the templates folder with a relative path such as 'partials/table2-rows.sbn'.")]
    [InlineData("{{ frobnicate review.title }}", 3, "error RG202: The variable or function `frobnicate` was not found")]
    public void A_broken_partial_stops_the_build_at_its_line_and_column(string broken, int offset, string expected)
    {
        var (line, column) = _templates.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", broken);

        var (build, errors) = _templates.Build();

        Assert.Empty(build.Files);
        Assert.Equal($"templates/partials/methods.sbn:{line}:{column + offset}: {expected}", Assert.Single(errors));
    }

    /// <summary>
    /// Regression (#17): the documents, prisma.sbn and the preamble each ran Scriban their own way, so one endless loop
    /// was RG203 in a document, RG132 in prisma.sbn and RG311 in the preamble, with hints about variables.
    /// </summary>
    [Theory]
    [InlineData("partials/methods.sbn", "{{ review.pilot_papers }}")]
    [InlineData("prisma.sbn", "{{ count n.duplicates }}")]
    [InlineData("latex-preamble.sbn", "{{ language }}")]
    public void An_endless_loop_in_any_template_stops_at_the_loop_with_one_code_and_a_loop_hint(string file, string anchor)
    {
        var (line, column) = _templates.Replace($"templates/{file}", anchor, "{{ while true; end }}");

        var build = _templates.Build().Build;

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Diagnostics.Where(d => d.Severity == Severity.Error).Distinct());
        Assert.Equal(($"templates/{file}", line, column + 3, "RG203", $"Exceeding number of iteration limit `{ShippedLoopLimit}` for loop statement."),
            (_templates.WithoutRoot(error.File), error.Line, error.Column, error.Code, error.Message));
        Assert.StartsWith("Look for a loop that never ends", error.Hint);
        Assert.Contains($"{ShippedLoopLimit:N0} turns", error.Hint);
    }

    /// <summary>
    /// A loop of as many turns as the loop limit allows that rebuilds a list on every turn: without the fix the list
    /// nested lazily as deep as the turns, and reading it overflowed the stack. Its turns and the items array.reverse
    /// reads count together, so it passes the limit at array.reverse.
    /// </summary>
    private static string LoopThatRebuildsAList => $"{{{{ for i in 1..{ShippedLoopLimit}; y = y | array.reverse; end }}}}";

    private static string ListRebuiltInALoop() => "{{ y = [1, 2] }}" + LoopThatRebuildsAList + "{{ y.size }}";

    private static int ColumnOfTheLoopThatPassesTheLimit(int column) =>
        column + "{{ y = [1, 2] }}".Length + LoopThatRebuildsAList.IndexOf("array.reverse", StringComparison.Ordinal);

    [Theory]
    [InlineData("prisma.sbn", "{{ count n.duplicates }}")]
    // The preamble is rendered once for each document, and says so each time.
    [InlineData("latex-preamble.sbn", "{{ language }}")]
    public void A_list_rebuilt_in_loops_is_an_error_not_a_crash(string file, string anchor)
    {
        var (line, column) = _templates.Replace($"templates/{file}", anchor, ListRebuiltInALoop());

        var (build, errors) = _templates.Build();

        Assert.False(build.Succeeded);
        Assert.Equal($"templates/{file}:{line}:{ColumnOfTheLoopThatPassesTheLimit(column)}: error RG203: Exceeding number of iteration limit `{ShippedLoopLimit}` for internal iteration.",
            Assert.Single(errors.Distinct()));
    }

    [Fact]
    public void A_document_that_links_outside_the_folder_is_not_read()
    {
        var secret = Path.Combine(_templates.Root, "secret.txt");
        File.WriteAllText(secret, "SECRET-7f3a");
        File.CreateSymbolicLink(Path.Combine(_templates.Templates, "documents", "leak.sbn"), secret);

        var (build, errors) = _templates.Build();

        Assert.Empty(build.Files);
        Assert.StartsWith("templates/documents/leak.sbn: error RG206: the template is a symbolic link", Assert.Single(errors));
    }

    /// <summary>Regression: Markdig threw ArgumentException ("too deeply nested") from the parser or a writer, a crash.</summary>
    [Theory]
    [InlineData("{{ for i in 1..150 }}> {{ end }}deep", "")]
    [InlineData("{{ for i in 1..110 }}*a {{ end }}x{{ for i in 1..110 }} a*{{ end }}", " (line 1 of deep.md)")]
    public void A_document_nested_too_deeply_is_an_error_at_the_template(string template, string where)
    {
        _templates.Write("templates/documents/deep.sbn", template);

        var (build, errors) = _templates.Build();

        Assert.False(build.Succeeded);
        Assert.Equal(
            $"templates/documents/deep.sbn: error RG207: the Markdown this template writes nests quotes, lists, emphasis or links more than {MarkdownDocumentParser.MaxNestingDepth} levels deep{where}, more than the writers can set.",
            Assert.Single(errors));
    }

    /// <summary>Regression: a PDF with no page has no trailer, and the outline writer threw on it.</summary>
    [Fact]
    public void A_document_that_writes_nothing_builds_as_an_empty_page()
    {
        _templates.Write("templates/documents/empty.sbn", "{{ # nothing to say }}");

        var (build, errors) = _templates.Build();

        Assert.Empty(errors);
        Assert.Equal("", build.Text("empty.md").Trim());
        using var pdf = PdfDocument.Open(build.Files["empty.pdf"]);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal("1", pdf.GetPage(1).Text.Trim());
    }

    /// <summary>Regression: Markdig gives an empty maths or code block no line array, and the Markdown and PDF writers threw on it.</summary>
    [Theory]
    [InlineData("Text\n\n$$")]
    [InlineData("$$")]
    [InlineData("```")]
    [InlineData("Text\n\n    ")]
    public void A_document_ending_in_an_empty_block_builds(string markdown)
    {
        _templates.Write("templates/documents/empty-block.sbn", markdown);

        var (build, errors) = _templates.Build();

        Assert.Empty(errors);
        Assert.Contains("empty-block.md", build.Files.Keys);
        Assert.Contains("empty-block.tex", build.Files.Keys);
        Assert.Contains("empty-block.pdf", build.Files.Keys);
    }

    [Fact]
    public void A_document_of_malformed_markdown_builds_with_its_text_literal_in_every_format()
    {
        _templates.Write("templates/documents/odd.sbn", string.Join("\n",
            "# Heading with **unclosed bold and [a link](",
            "",
            "| a | b |",
            "|---|",
            "| 1 | 2 | 3 |",
            "",
            "Text with a lone $ and `unclosed code and ~~strike and ^sup and <span>ab",
            "",
            "> quote",
            "lazy continuation",
            "",
            "```",
            "an unclosed fence with \\input{/etc/passwd} in it"));

        var (build, errors) = _templates.Build();

        Assert.Empty(errors);
        // Break points and ligature kerns print nothing; without them the code line is what LaTeX prints.
        var tex = build.Text("odd.tex").Replace(@"\allowbreak{}", "").Replace(@"\kern0pt", "");
        Assert.Contains(@"\textbackslash{}input\{/etc/passwd\}", tex);
        Assert.DoesNotContain(@"\input{", tex);
        using var pdf = PdfDocument.Open(build.Files["odd.pdf"]);
        var pdfText = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("unclosedbold", pdfText.Replace(" ", ""));
        Assert.Contains(@"\input{/etc/passwd}", pdfText);
        Assert.Contains("an unclosed fence", Encoding.UTF8.GetString(build.Files["odd.md"]));
    }

    [Fact]
    public void A_templates_folder_without_documents_stops_the_build_with_RG205()
    {
        Directory.Delete(Path.Combine(_templates.Templates, "documents"), recursive: true);

        var (build, errors) = _templates.Build();

        Assert.Empty(build.Files);
        Assert.Equal("templates/documents: error RG205: the templates folder has no documents to build.", Assert.Single(errors));
    }

    [Fact]
    public void A_missing_latex_preamble_stops_the_build_with_RG204()
    {
        File.Delete(Path.Combine(_templates.Templates, "latex-preamble.sbn"));

        var (build, errors) = _templates.Build();

        Assert.DoesNotContain(build.Files.Keys, name => name.EndsWith(".tex", StringComparison.Ordinal) || name.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal("templates/latex-preamble.sbn: error RG204: the LaTeX preamble template is missing.", Assert.Single(errors));
    }
}
