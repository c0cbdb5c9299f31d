using System.Text.Json;
using System.Text.RegularExpressions;
using ReportGen.Analysis;
using ReportGen.Build;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Verification;

/// <summary>out/claims.json and the HTML's hover titles: every number the templates wrote from the data, with its source.</summary>
public class ClaimsTests
{
    private static JsonElement Claims(BuiltReview build) =>
        JsonDocument.Parse(build.Files[ReportBuilder.ClaimsFileName]).RootElement.GetProperty("claims");

    [Fact]
    public void Two_builds_write_the_same_claims_json_bytes()
    {
        var again = BuiltReview.Build(RepoPaths.Data, RepoPaths.Templates);
        Assert.True(again.Succeeded);
        Assert.Equal(BuiltReview.Shipped.Files[ReportBuilder.ClaimsFileName], again.Files[ReportBuilder.ClaimsFileName]);
    }

    [Fact]
    public void Each_count_of_a_field_value_lists_exactly_the_rows_it_counts()
    {
        var claims = Claims(BuiltReview.Shipped).EnumerateArray().ToList();
        Assert.True(claims.Count > 50, $"only {claims.Count} claims");
        var fieldCounts = claims.Where(c => c.GetProperty("counts").TryGetProperty("field", out _) &&
                                            c.GetProperty("counts").GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("file").GetString() == "campaigns.csv")).ToList();
        Assert.NotEmpty(fieldCounts);
        foreach (var claim in fieldCounts)
        {
            var counts = claim.GetProperty("counts");
            var lines = counts.GetProperty("rows").EnumerateArray().Single().GetProperty("lines").GetArrayLength();
            Assert.Equal(counts.GetProperty("count").GetInt64(), lines);
        }
    }

    [Fact]
    public void The_interactive_interventions_percentage_says_what_it_counts_of_what()
    {
        var claim = Claims(BuiltReview.Shipped).EnumerateArray()
            .Single(c => c.GetProperty("text").GetString() == "45.8%" && c.GetProperty("counts").GetProperty("value").GetString() == "interactive");
        Assert.Equal("percent", claim.GetProperty("kind").GetString());
        Assert.Equal(45.8m, claim.GetProperty("value").GetDecimal());
        Assert.Equal("strategies", claim.GetProperty("counts").GetProperty("field").GetString());
        Assert.Equal(11, claim.GetProperty("counts").GetProperty("count").GetInt32());
        Assert.Equal(24, claim.GetProperty("of").GetProperty("count").GetInt32());
        Assert.Equal("partials/results-strategies.sbn", claim.GetProperty("template").GetProperty("file").GetString());
    }

    /// <summary>The shipped review's documents rendered and parsed, as a build does, in a citation style (null: review.csv's own).</summary>
    private static List<ReportGen.Document.ReportDocument> Generated(string? style)
    {
        using var copy = ReviewCopy.OfData(RepoPaths.Data);
        if (style is not null) copy.Write("data/review.csv", copy.Read("data/review.csv").TrimEnd('\n') + $"\ncitation_style,{style}\n");
        var review = ReviewLoader.Load(copy.Data, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        var documents = TemplateStep.Parse(TemplateStep.Render(review, ReviewAnalyzer.Analyze(review),
            new TemplateEngine(RepoPaths.Templates, RepoPaths.Templates, TemplateLimits.Default),
            new BuildOptions(BuildCommand.Check, copy.Data, RepoPaths.Templates, "", false), diagnostics)!, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return documents;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("vancouver")]
    public void Each_claims_span_points_at_its_text_in_the_generated_markdown(string? style)
    {
        var documents = Generated(style);
        // Vancouver's "[12–14]" are written after the templates ran, before and between the claims of every document.
        Assert.Equal(style is not null, documents.Single(d => d.Name == "manuscript").Markdown.Contains("\\[1", StringComparison.Ordinal));
        foreach (var document in documents)
        {
            foreach (var claim in document.Claims)
            {
                var span = Assert.Single(claim.Spans);
                var markdown = document.Markdown.Substring(span.Offset, span.Length);
                Assert.True(claim.Text == Regex.Replace(markdown, @"\\(.)", "$1"), $"{document.Name} claim {claim.Id} '{claim.Text}' points at '{markdown}'");
                var line = document.Markdown.Split('\n')[span.Line - 1];
                Assert.Equal(markdown, line.Substring(span.Column - 1, span.Length));
            }
        }
        var manuscript = documents.Single(d => d.Name == "manuscript");
        Assert.True(manuscript.Claims.Count > 50);
        if (style is null)
            Assert.Equal(Claims(BuiltReview.Shipped).EnumerateArray().Count(c => c.GetProperty("document").GetString() == "manuscript"), manuscript.Claims.Count);
    }

    [Fact]
    public void Every_claim_of_the_html_carries_a_hover_title_saying_what_it_counts()
    {
        var html = BuiltReview.Shipped.Text("manuscript.html");
        var spans = Regex.Matches(html, "<span class=\"claim\" title=\"([^\"]*)\">([^<]*)</span>");
        var claims = Claims(BuiltReview.Shipped).EnumerateArray().Count(c => c.GetProperty("document").GetString() == "manuscript");
        Assert.Equal(claims, spans.Count);
        Assert.Contains(spans, m => m.Groups[2].Value == "45.8%" && m.Groups[1].Value.StartsWith("11 of 24: strategies = interactive; campaigns.csv rows ", StringComparison.Ordinal));
        Assert.Contains(spans, m => m.Groups[2].Value == "1013" && m.Groups[1].Value == "1013: flow database_results; flow.csv row 6");
    }

    [Fact]
    public void Each_count_in_a_box_of_Figure_1_is_a_claim_with_its_flow_csv_row_and_its_place_in_the_box()
    {
        var figure = JsonDocument.Parse(BuiltReview.Shipped.Files[ReportBuilder.ClaimsFileName]).RootElement.GetProperty("figure").EnumerateArray().ToList();
        var flowLines = File.ReadAllLines(Path.Combine(RepoPaths.Data, "flow.csv"));
        var claims = new ReportGen.Templating.Claims.FigureClaims(ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!.Flow, ReportBuilder.PrismaTemplate);
        var boxes = PrismaBoxTexts.Render(Path.Combine(RepoPaths.Templates, ReportBuilder.PrismaTemplate),
            ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!.Flow, new DiagnosticBag(), claims: claims)!;

        // Every "(n = N)" the figure draws is one claim; "(n not reported)" is none, nor a box the figure does not draw.
        var flow = ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!.Flow;
        var drawn = PrismaBoxes.Of(flow).Drawn().Where(boxes.ContainsKey).Sum(b => Regex.Count(boxes[b], @"\(n = \d+\)"));
        Assert.Equal(drawn, figure.Count);
        Assert.Equal(6, figure.Count);
        foreach (var claim in figure)
        {
            var text = claim.GetProperty("text").GetString()!;
            Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), claim.GetProperty("value").GetDecimal());
            var box = claim.GetProperty("box");
            var line = boxes[box.GetProperty("name").GetString()!].Split('\n')[box.GetProperty("line").GetInt32() - 1];
            Assert.Equal(text, line.Substring(box.GetProperty("column").GetInt32() - 1, text.Length));
            Assert.Equal(["manuscript"], claim.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal("prisma.sbn", claim.GetProperty("template").GetProperty("file").GetString());
            var rows = Assert.Single(claim.GetProperty("counts").GetProperty("rows").EnumerateArray());
            Assert.Equal("flow.csv", rows.GetProperty("file").GetString());
            // The rows behind a count add up to it: flow.csv's last column, n.
            var sum = rows.GetProperty("lines").EnumerateArray().Sum(l => long.Parse(flowLines[l.GetInt32() - 1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(claim.GetProperty("value").GetInt64(), sum);
        }
        var databases = Assert.Single(figure, c => c.GetProperty("counts").GetProperty("flow").GetString() == "database_results");
        Assert.Equal(("1013", "box2", 2), (databases.GetProperty("text").GetString(), databases.GetProperty("box").GetProperty("name").GetString(),
            databases.GetProperty("box").GetProperty("line").GetInt32()));
        var total = Assert.Single(figure, c => c.GetProperty("box").GetProperty("name").GetString() == "total");
        Assert.Equal([6, 11], total.GetProperty("counts").GetProperty("rows")[0].GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
    }

    [Fact]
    public void A_figure_without_claims_draws_the_same_words()
    {
        var flow = ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!.Flow;
        var template = Path.Combine(RepoPaths.Templates, ReportBuilder.PrismaTemplate);
        var claimed = PrismaBoxTexts.Render(template, flow, new DiagnosticBag(), claims: new ReportGen.Templating.Claims.FigureClaims(flow, ReportBuilder.PrismaTemplate))!;
        Assert.Equal(PrismaBoxTexts.Render(template, flow, new DiagnosticBag())!.OrderBy(p => p.Key), claimed.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_examples_of_the_readme_are_claims_of_the_shipped_build_as_they_are_written()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Where every number comes from", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var examples = Regex.Matches(section, "```json\n(.*?)```", RegexOptions.Singleline).Select(m => System.Text.Json.Nodes.JsonNode.Parse(m.Groups[1].Value)!).ToList();
        Assert.Equal(2, examples.Count);
        var root = System.Text.Json.Nodes.JsonNode.Parse(BuiltReview.Shipped.Files[ReportBuilder.ClaimsFileName])!;
        var all = root["claims"]!.AsArray().Concat(root["figure"]!.AsArray()).ToList();
        foreach (var example in examples)
            Assert.True(all.Any(c => System.Text.Json.Nodes.JsonNode.DeepEquals(c, example)), $"README's example is no claim of the build:\n{example}");
    }
}
