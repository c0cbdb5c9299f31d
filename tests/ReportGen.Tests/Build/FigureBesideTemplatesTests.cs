using ReportGen.Build;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Build;

/// <summary>
/// The figure's words and the documents' templates are run side by side (#20: a cold build waited for one, then the
/// other). Each keeps its own diagnostics, reported figure first, as when they ran one after the other.
/// </summary>
public sealed class FigureBesideTemplatesTests
{
    [Fact]
    public void Errors_in_the_figure_and_a_document_are_both_reported_figure_first_and_nothing_is_written()
    {
        using var review = ReviewCopy.Shipped();
        review.Edit("templates/prisma.sbn", text => text + "\n{{ no_such_figure_value }}\n");
        review.Edit("templates/documents/abbreviations.sbn", text => text + "\n{{ no_such_document_value }}\n");
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(BuildCommand.Build, review.Data, review.Templates, review.PathOf("out"), PrismaErrorsAsWarnings: false);

        var result = ReportBuilder.Run(options, diagnostics);

        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => (Path.GetFileName(d.File), d.Code)).ToList();
        Assert.Equal([("prisma.sbn", "RG202"), ("abbreviations.sbn", "RG202")], errors);
        Assert.Empty(result.Outputs.Files);
        Assert.False(Directory.Exists(review.PathOf("out")));
    }

    [Fact]
    public void A_build_run_again_gives_the_same_bytes_with_the_figure_beside_the_templates()
    {
        using var review = ReviewCopy.Shipped();
        var first = Build(review, "out1");
        var second = Build(review, "out2");

        Assert.Equal(18, first.Count);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
    }

    private static Dictionary<string, byte[]> Build(ReviewCopy review, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(BuildCommand.Build, review.Data, review.Templates, review.PathOf(folder), PrismaErrorsAsWarnings: false);
        ReportBuilder.Run(options, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return Directory.GetFiles(review.PathOf(folder)).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }
}
