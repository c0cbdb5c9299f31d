using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Diagnostics;
using ReportGen.Rendering;
using ReportGen.Templating.Functions;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Build;

/// <summary>
/// Whole builds of the shipped review with the shipped templates, with hostile text in the cells that reach Table 2
/// and the reference list. Each build succeeds with every cell's text literal in the Markdown, or gives errors at a
/// line of a data file; none throws. Builds are slow (all formats), so CI runs a handful.
/// </summary>
public sealed class BuildFuzzTests(ITestOutputHelper output)
{
    private static readonly (string File, string Key, string Column)[] Cells =
    [
        ("campaigns.csv", "ammendolia2004", "name"), ("campaigns.csv", "cheng2017", "purpose"),
        ("campaigns.csv", "khoury2019", "key_message"), ("campaigns.csv", "coombs2021", "duration"),
        ("resources.csv", "french2013", "title"),
    ];

    private readonly Fuzz _fuzz = new(output);

    [Fact]
    public void Every_build_with_hostile_cells_succeeds_with_the_text_literal_or_gives_errors_at_data_lines()
    {
        _fuzz.Run("whole build", HostileText.Text.Array[Cells.Length], ciCases: 6, texts =>
        {
            using var data = ReviewCopy.Shipped();
            for (var i = 0; i < Cells.Length; i++) data.SetCell($"data/{Cells[i].File}", Cells[i].Key, Cells[i].Column, texts[i]);

            var build = BuiltReview.Build(data.Data, RepoPaths.Templates);

            var errors = build.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.All(errors, e => Assert.True(e.File.StartsWith(data.Data, StringComparison.Ordinal) && e.Line > 0, $"not at a data line: {e}"));
            if (errors.Count > 0) return;
            var literal = MarkdownDocumentParser.Parse(build.Text("manuscript.md")).Descendants<LeafBlock>()
                .Where(b => b.Inline is not null)
                .Select(b => string.Concat(b.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
                .ToList();
            foreach (var text in texts.Select(MarkdownEscaper.Normalize).Where(t => t.Length > 0))
                Assert.Contains(literal, t => t.Contains(text, StringComparison.Ordinal));
        }, texts => string.Join(" | ", texts.Select(HostileText.Describe)));
    }
}
