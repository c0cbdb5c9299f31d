using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Build;

/// <summary>
/// Rebuilds with a <see cref="BuildCache"/>, as <c>reportgen watch</c> makes them (#20): a template edit reads no
/// data again and a data edit parses only the file that changed, and in both cases the outputs and diagnostics are
/// exactly those of a cold build of the same folders.
/// </summary>
public sealed class WarmRebuildTests : IDisposable
{
    private readonly ReviewCopy _review = ReviewCopy.Shipped();
    private readonly BuildCache _cache = new();

    public void Dispose() => _review.Dispose();

    private (BuildResult Result, List<Diagnostic> Diagnostics) Build(BuildCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(BuildCommand.Check, _review.PathOf("data"), _review.PathOf("templates"), _review.PathOf("out"),
            PrismaErrorsAsWarnings: false);
        return (ReportBuilder.Run(options, diagnostics, NoBuildProgress.Instance, cache), diagnostics.Sorted().ToList());
    }

    private void AssertSameAsColdBuild((BuildResult Result, List<Diagnostic> Diagnostics) warm)
    {
        var cold = Build(cache: null);
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
        Assert.Equal(cold.Result.Summary, warm.Result.Summary);
        Assert.Equal(cold.Result.Outputs.Files.Keys, warm.Result.Outputs.Files.Keys);
        foreach (var (name, bytes) in cold.Result.Outputs.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(warm.Result.Outputs.Files[name]), $"{name} differs from a cold build's");
    }

    [Fact]
    public void A_template_edit_reads_no_data_again_and_gives_a_cold_builds_bytes()
    {
        Build(_cache);
        var (parsed, checkedReviews) = (_cache.Data.FilesParsed, _cache.Data.ReviewsChecked);
        Assert.Equal((9, 1), (parsed, checkedReviews));

        _review.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", "{{ review.pilot_papers }} (edited)");
        var warm = Build(_cache);

        Assert.Equal((parsed, checkedReviews), (_cache.Data.FilesParsed, _cache.Data.ReviewsChecked));
        Assert.Equal(1, _cache.FiguresDrawn);
        Assert.Contains("(edited)", System.Text.Encoding.UTF8.GetString(warm.Result.Outputs.Files["manuscript.md"]));
        AssertSameAsColdBuild(warm);
    }

    [Fact]
    public void A_data_edit_parses_only_that_file_and_gives_a_cold_builds_bytes()
    {
        Build(_cache);
        var parsed = _cache.Data.FilesParsed;

        _review.Replace("data/campaigns.csv", "Choosing Wisely Canada: five tests", "Choosing Wisely Canada (edited): five tests");
        var warm = Build(_cache);

        Assert.DoesNotContain(warm.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(parsed + 1, _cache.Data.FilesParsed);
        Assert.Equal(2, _cache.Data.ReviewsChecked);
        Assert.Contains("Choosing Wisely Canada (edited)", System.Text.Encoding.UTF8.GetString(warm.Result.Outputs.Files["table2.md"]));
        AssertSameAsColdBuild(warm);
    }

    [Fact]
    public void An_edit_of_the_figures_words_draws_it_again()
    {
        Build(_cache);
        _review.Replace("templates/prisma.sbn", "{{ count n.duplicates }}", "{{ count n.duplicates }} (edited)");

        var warm = Build(_cache);

        Assert.Equal(2, _cache.FiguresDrawn);
        Assert.Contains("(edited)", System.Text.Encoding.UTF8.GetString(warm.Result.Outputs.Files["prisma.svg"]));
        AssertSameAsColdBuild(warm);
    }

    [Fact]
    public void A_broken_and_then_mended_data_file_reports_what_a_cold_build_reports()
    {
        Build(_cache);
        _review.Replace("data/campaigns.csv", "cheng2017,cheng2017,CA,", "cheng2017,cheng2017,XX,");

        var broken = Build(_cache);

        Assert.Contains(broken.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("campaigns.csv", StringComparison.Ordinal));
        AssertSameAsColdBuild(broken);

        _review.Replace("data/campaigns.csv", "cheng2017,cheng2017,XX,", "cheng2017,cheng2017,CA,");
        var mended = Build(_cache);

        Assert.DoesNotContain(mended.Diagnostics, d => d.Severity == Severity.Error);
        AssertSameAsColdBuild(mended);
    }
}
