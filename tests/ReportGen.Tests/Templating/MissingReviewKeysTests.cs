using ReportGen.Tests.Build;

namespace ReportGen.Tests.Templating;

public class MissingReviewKeysTests
{
    [Fact]
    public void Build_WhenSeveralReviewKeysAreMissing_ReportsEveryOneInOneRun()
    {
        // Issue 15: a new team needed four runs to learn the four keys its review.csv lacked.
        using var data = ReviewCopy.Shipped();
        var path = Path.Combine(data.Data, "review.csv");
        var missing = new[] { "search_sources", "pilot_papers", "web_results_screened", "search_completed" };
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !missing.Any(k => l.StartsWith(k + ",", StringComparison.Ordinal))));

        var build = BuiltReview.Build(data.Data, RepoPaths.Templates);

        var errors = build.Diagnostics.Where(d => d.Code == "RG202").ToList();
        Assert.Equal(missing.Order(StringComparer.Ordinal),
            errors.Select(e => e.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        // Each key once, at its first use, although the manuscript includes the Methods once and each key is used once.
        Assert.All(errors, e => Assert.EndsWith("partials/methods.sbn", e.File));
        Assert.False(build.Succeeded);
    }
}
