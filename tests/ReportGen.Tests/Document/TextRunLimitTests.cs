using ReportGen.Analysis;
using ReportGen.Build;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Templating;
using ReportGen.Model;
using ReportGen.Rendering;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Document;

/// <summary>
/// Paragraphs and words longer than any writer should lay out are refused on the parsed document, before any writer
/// runs, at their line and column in the document's Markdown.
/// </summary>
public sealed class TextRunLimitTests
{
    private static string[] Check(string markdown)
    {
        var bag = new DiagnosticBag();
        var withinLimits = TextRunLimits.Check(MarkdownDocumentParser.Parse(markdown), "doc.md", "templates/documents/doc.sbn", bag);
        Assert.Equal(bag.Items.Count == 0, withinLimits);
        return [.. bag.Items.Select(d => d.ToString().Split('\n')[0])];
    }

    [Fact]
    public void A_paragraph_over_the_limit_is_an_error_at_its_first_line()
    {
        var paragraph = string.Concat(Enumerable.Repeat("lorem ipsum ", TextRunLimits.MaxParagraphCharacters / 12 + 1));

        Assert.Equal([$"doc.md:5:1: error RG224: a paragraph of {paragraph.TrimEnd().Length:N0} characters, more than the limit of 500,000, comes out of templates/documents/doc.sbn."],
            Check($"# Title\n\nA short one.\n\n{paragraph.TrimEnd()}\n"));
    }

    [Fact]
    public void A_word_over_the_limit_is_an_error_where_it_starts()
    {
        Assert.Equal(["doc.md:3:7: error RG225: a word of 5,001 characters without a space, more than the limit of 5,000, comes out of templates/documents/doc.sbn."],
            Check($"# Title\n\nWords {new string('w', TextRunLimits.MaxWordCharacters + 1)} and more.\n"));
    }

    [Fact]
    public void A_word_split_by_emphasis_is_still_one_word()
    {
        var half = new string('w', TextRunLimits.MaxWordCharacters / 2 + 1);
        Assert.Single(Check($"{half}*{half}*\n"));
    }

    [Fact]
    public void A_long_word_in_a_table_cell_or_a_code_block_is_found()
    {
        var word = new string('w', TextRunLimits.MaxWordCharacters + 1);
        Assert.Single(Check($"| a | b |\n|---|---|\n| x | {word} |\n"));
        Assert.Single(Check($"```\n{word}\n```\n"));
    }

    [Fact]
    public void Text_at_the_limits_passes()
    {
        Assert.Empty(Check($"{new string('w', TextRunLimits.MaxWordCharacters)}\n\n" +
            string.Concat(Enumerable.Repeat("word ", TextRunLimits.MaxParagraphCharacters / 5)).TrimEnd()));
    }

    [Fact]
    public void A_template_loop_that_writes_one_endless_paragraph_fails_the_build_before_layout()
    {
        using var templates = ReviewCopy.Shipped();
        templates.Write("templates/documents/abbreviations.sbn", "# A\n\n{{ for i in 1..90000 }}word{{ i }} more words {{ end }}\n");

        var (build, errors) = templates.Build();

        Assert.False(build.Succeeded);
        // The shipped review's data adds its characters to the 500,000 of a review without data.
        Assert.Matches(@"^abbreviations\.md:3:1: error RG224: a paragraph of 1,878,893 characters, more than the limit of 5\d\d,\d\d\d, comes out of templates/documents/abbreviations\.sbn\.$",
            Assert.Single(errors));
    }

    [Fact]
    public void The_paragraph_cap_grows_with_the_data_and_the_word_cap_does_not()
    {
        var paragraph = string.Concat(Enumerable.Repeat("lorem ipsum ", TextRunLimits.MaxParagraphCharacters / 12 + 1)).TrimEnd();
        var tree = MarkdownDocumentParser.Parse($"# Title\n\n{paragraph}\n");
        var word = MarkdownDocumentParser.Parse($"w{new string('w', TextRunLimits.MaxWordCharacters)}\n");
        var large = TextRunLimits.MaxParagraphCharactersFor(new DataSize(Cells: 500_000, Characters: 20_000_000));

        Assert.Equal(TextRunLimits.MaxParagraphCharacters, TextRunLimits.MaxParagraphCharactersFor(default));
        Assert.Equal(20_500_000, large);
        Assert.True(TextRunLimits.Check(tree, "doc.md", "doc.sbn", new DiagnosticBag(), large));
        Assert.False(TextRunLimits.Check(tree, "doc.md", "doc.sbn", new DiagnosticBag(), TextRunLimits.MaxParagraphCharactersFor(default)));
        Assert.False(TextRunLimits.Check(word, "doc.md", "doc.sbn", new DiagnosticBag(), large));
    }

    [Fact]
    public void A_paragraph_past_the_fixed_cap_but_within_the_datas_allowance_reaches_the_writers()
    {
        using var copy = ReviewCopy.Shipped();
        // 43,000 × 12 characters: past 500,000, within 500,000 plus the shipped data's characters.
        copy.Write("templates/documents/abbreviations.sbn", "# A\n\n{{ for i in 1..43000 }}lorem ipsum {{ end }}\n");
        var review = ReviewLoader.Load(copy.Data, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        var rendered = TemplateStep.Render(review, ReviewAnalyzer.Analyze(review),
            new TemplateEngine(copy.Templates, copy.Templates, TemplateLimits.For(review.Size)),
            new BuildOptions(BuildCommand.Check, copy.Data, copy.Templates, "", false), diagnostics)!;

        var documents = TemplateStep.Parse(rendered, diagnostics);

        Assert.InRange(rendered.Single(r => r.Name == "abbreviations").Markdown.Length, TextRunLimits.MaxParagraphCharacters, TextRunLimits.MaxParagraphCharactersFor(review.Size));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == TextRunLimits.ParagraphTooLong);
        Assert.Contains(documents, d => d.Name == "abbreviations");
    }
}
