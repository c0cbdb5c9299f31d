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

    [Fact]
    public void Each_claims_span_points_at_its_text_in_the_generated_markdown()
    {
        var build = BuiltReview.Shipped;
        var review = ReviewLoader.Load(RepoPaths.Data, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        var documents = TemplateStep.Parse(TemplateStep.Render(review, ReviewAnalyzer.Analyze(review),
            new TemplateEngine(RepoPaths.Templates, RepoPaths.Templates, TemplateLimits.Default),
            new BuildOptions(BuildCommand.Check, RepoPaths.Data, RepoPaths.Templates, "", false), diagnostics)!, diagnostics);
        var manuscript = documents.Single(d => d.Name == "manuscript");
        Assert.NotEmpty(manuscript.Claims);
        foreach (var claim in manuscript.Claims)
        {
            var span = Assert.Single(claim.Spans);
            var markdown = manuscript.Markdown.Substring(span.Offset, span.Length);
            Assert.Equal(claim.Text, Regex.Replace(markdown, @"\\(.)", "$1"));
            var line = manuscript.Markdown.Split('\n')[span.Line - 1];
            Assert.Equal(markdown, line.Substring(span.Column - 1, span.Length));
        }
        Assert.Equal(Claims(build).EnumerateArray().Count(c => c.GetProperty("document").GetString() == "manuscript"), manuscript.Claims.Count);
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
}
