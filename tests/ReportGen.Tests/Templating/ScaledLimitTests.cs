using ReportGen.Analysis;
using ReportGen.Build;
using ReportGen.Data;
using ReportGen.DataGen;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>
/// The template limits grow with the data (#20): a review of 20,000 campaigns stopped at the fixed 100,000 loop turns,
/// and the 20-million-character output limit came next. A runaway template must still stop.
/// </summary>
public sealed class ScaledLimitTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("reportgen-scaled-limits-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void A_review_without_data_has_the_default_limits()
    {
        Assert.Equal(TemplateLimits.Default, TemplateLimits.For(new DataSize(0, 0)));
    }

    [Fact]
    public void Each_limit_grows_by_its_allowance_per_cell_and_character()
    {
        var limits = TemplateLimits.For(new DataSize(Cells: 1_000_000, Characters: 30_000_000));

        Assert.Equal(100_000 + 16 * 1_000_000, limits.LoopIterations);
        Assert.Equal(20_000_000 + 16 * 30_000_000, limits.OutputCharacters);
        Assert.Equal(20_000_000 + 16 * 30_000_000, limits.StringCharacters);
        Assert.Equal(TimeSpan.FromSeconds(10 + 50), limits.Time);
        Assert.Equal(TemplateLimits.Default.RecursionDepth, limits.RecursionDepth);
    }

    [Fact]
    public void The_largest_data_the_data_limits_allow_gives_limits_that_fit_their_counters()
    {
        // Nine files at the data limits: 200,000 rows of 100 columns, 50 MB each.
        var most = new DataSize(9L * DataLimits.Default.MaxRows * 100, 9 * DataLimits.Default.MaxFileBytes);

        var limits = TemplateLimits.For(most);

        Assert.Equal(int.MaxValue, limits.LoopIterations);
        Assert.InRange(limits.OutputCharacters, 1, Array.MaxLength / 2);
        Assert.InRange(limits.StringCharacters, 1, Array.MaxLength / 2);
    }

    [Fact]
    public void The_shipped_templates_over_a_review_larger_than_the_basis_allows_render_with_the_scaled_limits()
    {
        // The basis is cut to what a review of about a hundred campaigns needs, so that 1,000 campaigns break it as
        // 20,000 broke the defaults, in a fraction of the time.
        var basis = TemplateLimits.Default with { LoopIterations = 1_000, OutputCharacters = 100_000, StringCharacters = 100_000 };
        var review = Generated(1_000);

        var fixedErrors = RenderShippedDocuments(review, basis);
        var scaledErrors = RenderShippedDocuments(review, TemplateLimits.For(review.Size, basis));

        Assert.Contains(fixedErrors, d => d.Code == TemplateCodes.LimitExceeded);
        Assert.Empty(scaledErrors);
    }

    [Fact]
    public void A_runaway_loop_still_stops_at_the_loop_under_the_limits_of_a_large_review()
    {
        var limits = TemplateLimits.For(new DataSize(Cells: 100_000, Characters: 5_000_000));
        using var templates = new TemplateFolder();

        var (output, diagnostics) = templates.RenderText("Intro\n{{ while true; end }}", limits);

        Assert.Null(output);
        Assert.Equal($"templates/t.sbn:2:4: error RG203: Exceeding number of iteration limit `{100_000 + 16 * 100_000}` for loop statement.",
            Assert.Single(diagnostics));
    }

    private Review Generated(int campaigns)
    {
        var folder = Path.Combine(_scratch.FullName, $"c{campaigns}");
        SyntheticReview.Write(RepoPaths.Data, folder, campaigns);
        var diagnostics = new DiagnosticBag();
        return ReviewLoader.Load(folder, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    private static List<Diagnostic> RenderShippedDocuments(Review review, TemplateLimits limits)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(BuildCommand.Check, "data", RepoPaths.Templates, "unused-out", PrismaErrorsAsWarnings: false);
        TemplateStep.Render(review, ReviewAnalyzer.Analyze(review),
            new TemplateEngine(RepoPaths.Templates, "templates", limits), options, diagnostics);
        return diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
    }
}
