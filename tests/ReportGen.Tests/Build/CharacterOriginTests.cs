using ReportGen.Diagnostics;
using ReportGen.Tests.Build;
using ReportGen.Tests.Data;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Build;

/// <summary>A character pdflatex cannot set is reported where the user can change it: the data cell, not the generated Markdown.</summary>
public sealed class CharacterOriginTests
{
    [Fact]
    public void A_character_from_a_data_cell_is_reported_at_that_cell()
    {
        using var data = ReviewCopy.OfData(RepoPaths.Data);
        data.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SWE,έ ");
        var line = data.Read("data/campaigns.csv").Split('\n').ToList().FindIndex(l => l.Contains('έ')) + 1;

        var build = BuiltReview.Build(data.Data, RepoPaths.Templates);

        var warnings = build.Diagnostics.Where(d => d.Code == "RG300").ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(
            (data.Data.Replace('\\', '/') + "/campaigns.csv", line, 31, Severity.Warning),
            (w.File, w.Line, w.Column, w.Severity)));
        Assert.Contains(warnings, w => w.Message.StartsWith("the character 'έ' (U+03AD", StringComparison.Ordinal)
            && w.Message.Contains("(in manuscript.md at line "));
    }

    [Fact]
    public void A_character_from_a_template_is_reported_in_the_template()
    {
        using var templates = ReviewCopy.Shipped();
        templates.Write("templates/documents/abbreviations.sbn", "# A\n\nText with ώ here.\n");

        var (build, _) = templates.Build();

        var warning = Assert.Single(build.Diagnostics, d => d.Code == "RG300");
        Assert.Equal((templates.Templates.Replace('\\', '/') + "/documents/abbreviations.sbn", 3, 11),
            (warning.File, warning.Line, warning.Column));
    }
}
